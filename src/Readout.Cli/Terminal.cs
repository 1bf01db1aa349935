namespace Readout.Cli;

/// <summary>Whether a person is watching: progress bars only then, so redirected output stays clean.</summary>
internal static class Terminal
{
    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}
