namespace Readout.Extraction.Text;

/// <summary>One site's template lines, normalised; a snapshot that extraction reads without locks.</summary>
public sealed class SiteTemplate(IReadOnlySet<string> lines)
{
    public static SiteTemplate Empty { get; } = new(new HashSet<string>());

    public int Count => lines.Count;

    public bool Contains(string line) => lines.Count > 0 && lines.Contains(Normalise(line));

    /// <summary>Case and runs of whitespace do not make two menu lines different.</summary>
    public static string Normalise(string line) =>
        string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
