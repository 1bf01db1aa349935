using System.IO.Compression;
using System.Reflection;

namespace Readout.Annotation;

/// <summary>
/// Reads the annotation stage's shipped data files (embedded resources), skipping comments and blank lines.
/// Large generated files ship gzipped (<c>.gz</c>) and are decompressed while read.
/// </summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Readout.Annotation.Data." + fileName)
            ?? throw new InvalidOperationException($"Missing embedded annotation data file '{fileName}'.");
        using var reader = new StreamReader(fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }

    /// <summary>Splits a tab-separated line into exactly <paramref name="columns"/> fields (missing ones empty).</summary>
    public static string[] Fields(string line, int columns)
    {
        var parts = line.Split('\t');
        if (parts.Length >= columns)
        {
            return parts;
        }

        var padded = new string[columns];
        Array.Fill(padded, string.Empty);
        parts.CopyTo(padded, 0);
        return padded;
    }

    /// <summary>Splits a "a|b|c" list field, dropping empties.</summary>
    public static string[] List(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
