using System.CommandLine;

namespace Readout.Cli;

/// <summary>The root `readout` command and its sub-commands.</summary>
internal static class ReadoutCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Readout: raw news pages in, events you can trust out.");
        return root;
    }
}
