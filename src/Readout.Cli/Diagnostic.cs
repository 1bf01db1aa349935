namespace Readout.Cli;

/// <summary>
/// The one stderr format for a problem with one input or file, "readout: PATH: REASON", so scripts can
/// grep a run's rejections and warnings the same way whichever command printed them.
/// </summary>
internal static class Diagnostic
{
    public static void Error(string path, string reason) => Console.Error.WriteLine($"readout: {path}: {reason}");

    public static void Warning(string path, string reason) => Console.Error.WriteLine($"readout: {path}: warning: {reason}");
}
