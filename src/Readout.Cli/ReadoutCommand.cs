using System.CommandLine;

namespace Readout.Cli;

/// <summary>The root `readout` command and its sub-commands. Commands stay thin: parse, call the library, render.</summary>
internal static class ReadoutCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Readout: raw news pages in, events you can trust out.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(BuildActorsCommand.Create());
        return root;
    }
}
