namespace Readout.Comparison;

/// <summary>
/// Finds single-word substitutions between two aligned claims: content words that sit between the same
/// neighbours on both sides ("mutual respect and a balance" / "mutual trust and balance"). A longest-common-
/// subsequence over content words gives the anchors; a one-for-one gap between two anchors is a substitution.
/// </summary>
internal static class SubstitutionFinder
{
    public static IEnumerable<(ClaimToken From, ClaimToken To)> Find(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b)
    {
        var ca = a.Where(t => t.IsContent).ToList();
        var cb = b.Where(t => t.IsContent).ToList();
        var anchors = Anchors(ca, cb);
        for (var k = 1; k < anchors.Count; k++)
        {
            var (i1, j1) = anchors[k - 1];
            var (i2, j2) = anchors[k];
            if (i2 - i1 == 2 && j2 - j1 == 2)
            {
                var (x, y) = (ca[i1 + 1], cb[j1 + 1]);
                if (x.Entity is null && y.Entity is null && !SynonymTable.AreSynonyms(x.Stem, y.Stem) && x.Key != y.Key)
                {
                    yield return (x, y);
                }
            }
        }
    }

    private static List<(int I, int J)> Anchors(List<ClaimToken> a, List<ClaimToken> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = SimilarityScorer.WordMatch(a[i], b[j]) > 0
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var anchors = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (SimilarityScorer.WordMatch(a[x], b[y]) > 0 && lcs[x, y] == lcs[x + 1, y + 1] + 1)
            {
                anchors.Add((x++, y++));
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return anchors;
    }
}
