namespace Readout.Extraction.Text;

/// <summary>
/// One site's template lines, as hashes of their normalised text (a run may see many sites; the
/// lines themselves need not be kept); a snapshot that extraction reads without locks.
/// </summary>
public sealed class SiteTemplate(IReadOnlySet<int> lines)
{
    public static SiteTemplate Empty { get; } = new(new HashSet<int>());

    public int Count => lines.Count;

    public bool Contains(string line) => lines.Count > 0 && lines.Contains(Hash(line));

    /// <summary>Hash of the line with case and runs of whitespace ignored (stable within the process, which is all a run needs).</summary>
    public static int Hash(string line)
    {
        var hash = new HashCode();
        var space = false;
        foreach (var c in line.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                hash.Add(' ');
                space = false;
            }

            hash.Add(char.ToLowerInvariant(c));
        }

        return hash.ToHashCode();
    }
}
