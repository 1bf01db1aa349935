namespace Readout.Ingest;

/// <summary>A file to read: its path on disk and the path shown to users (as given on the command line, joined with the path inside a folder).</summary>
public sealed record InputFile(string FullPath, string DisplayPath, InputKind Kind);

/// <summary>How a file's content is laid out, decided by its extension.</summary>
public enum InputKind
{
    Text,
    Html,
    JsonLines,
}
