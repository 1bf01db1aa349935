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
        // Words become ids and a run of six ids one hashed value: no strings built per position.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = Ids(source, ids);
        if (words.Length == 0)
        {
            return 0;
        }

        var shingles = Shingles(Ids(primary, ids)).ToHashSet();
        var covered = new bool[words.Length];
        var i = 0;
        foreach (var shingle in Shingles(words))
        {
            if (shingles.Contains(shingle))
            {
                Array.Fill(covered, true, i, ShingleSize);
            }

            i++;
        }

        return (double)covered.Count(c => c) / words.Length;
    }

    private static int[] Ids(string text, Dictionary<string, int> ids) =>
        Word().Matches(text).Select(m =>
        {
            var word = m.Value.ToLowerInvariant();
            if (!ids.TryGetValue(word, out var id))
            {
                id = ids.Count;
                ids[word] = id;
            }

            return id;
        }).ToArray();

    private static IEnumerable<(int, int, int, int, int, int)> Shingles(int[] words)
    {
        for (var i = 0; i + ShingleSize <= words.Length; i++)
        {
            yield return (words[i], words[i + 1], words[i + 2], words[i + 3], words[i + 4], words[i + 5]);
        }
    }
}
