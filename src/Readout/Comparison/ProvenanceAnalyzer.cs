using System.Text.RegularExpressions;
using Readout.Model;
using Readout.Storage;

namespace Readout.Comparison;

/// <summary>
/// Where a source's text comes from: the share of the primary's claims it carries, the share of its words that
/// are copied verbatim from the primary (runs of <see cref="ShingleSize"/> words), and whether that makes it a
/// syndicated copy rather than an independent report.
/// </summary>
internal static partial class ProvenanceAnalyzer
{
    public const int ShingleSize = 6;
    public const double SyndicatedShare = 0.8;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static SourceProvenance Analyze(StoredDocument source, StoredDocument? primary, int primaryClaims, int carried)
    {
        var verbatim = primary is null ? 0 : VerbatimShare(source.Article.Body, primary.Article.Body);
        return new SourceProvenance(
            source.Id,
            source.Article.Path,
            source.Article.Outlet,
            primaryClaims == 0 ? 0 : Math.Round((double)carried / primaryClaims, 3),
            Math.Round(verbatim, 3),
            source.Article.Attribution.Select(a => a.Source).ToList(),
            verbatim >= SyndicatedShare);
    }

    /// <summary>Share of the source's words covered by a run of six words that also occurs in the primary.</summary>
    public static double VerbatimShare(string source, string primary)
    {
        var words = Words(source);
        if (words.Count == 0)
        {
            return 0;
        }

        var shingles = new HashSet<string>(Shingles(Words(primary)), StringComparer.Ordinal);
        var covered = new bool[words.Count];
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            if (shingles.Contains(string.Join(' ', words.Skip(i).Take(ShingleSize))))
            {
                Array.Fill(covered, true, i, ShingleSize);
            }
        }

        return (double)covered.Count(c => c) / words.Count;
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static IEnumerable<string> Shingles(List<string> words)
    {
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(ShingleSize));
        }
    }
}
