namespace Readout.Clustering.Documents;

/// <summary>
/// Whether a cluster is two events rather than one: its members are cut into two groups by average-link
/// agglomeration over their pairwise similarities, and the cut holds when each group has at least
/// <see cref="MinPart"/> members and the mean similarity between the groups is at most <see cref="Ratio"/>
/// times the lower of the two within-group means. Two look-alike sub-events joined by one wrong early join
/// show as such a bimodal cluster once each has a few reports.
/// </summary>
internal sealed class TwoWaySplit(int minPart, double ratio)
{
    public int MinPart { get; } = Math.Max(2, minPart);

    public double Ratio { get; } = ratio;

    /// <summary>The member indices of the second group (ascending), or null when the cluster holds together.</summary>
    public List<int>? Find(MemberAffinities affinities) =>
        Cut(affinities) is { } cut && cut.Between <= Ratio * cut.Within ? cut.Part : null;

    /// <summary>The average-link cut into two groups: the newest member's group, the mean similarity between the groups and the lower within-group mean; null when a group is too small.</summary>
    public (List<int> Part, double Between, double Within)? Cut(MemberAffinities affinities)
    {
        var n = affinities.Count;
        if (n < 2 * MinPart)
        {
            return null;
        }

        // Group g's members are listed in groups[g]; links[g, h] sums the similarities between two groups.
        var groups = new List<int>?[n];
        var links = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            groups[i] = [i];
            for (var j = 0; j < i; j++)
            {
                links[i, j] = links[j, i] = affinities[i, j];
            }
        }

        // Merge the closest groups until the next merge would join the last two groups of MinPart or more;
        // outliers (smaller groups) left over then go with whichever of the two they link to more.
        for (var left = n; left > 2; left--)
        {
            var (a, b) = ClosestPair(groups, links);
            if (groups[a]!.Count >= MinPart && groups[b]!.Count >= MinPart && Big(groups, MinPart) == 2)
            {
                break;
            }

            Merge(groups, links, a, b);
        }

        if (Big(groups, MinPart) != 2)
        {
            return null;
        }

        var first = Array.FindIndex(groups, g => g is { } x && x.Count >= MinPart);
        var second = Array.FindLastIndex(groups, g => g is { } x && x.Count >= MinPart);
        for (var g = 0; g < n; g++)
        {
            if (groups[g] is not null && g != first && g != second)
            {
                var toFirst = links[g, first] / groups[first]!.Count;
                var toSecond = links[g, second] / groups[second]!.Count;
                Merge(groups, links, toFirst >= toSecond ? first : second, g);
            }
        }

        var (x, y) = (groups[first]!, groups[second]!);
        var between = links[first, second] / (x.Count * y.Count);
        var within = Math.Min(Within(affinities, x), Within(affinities, y));
        var part = x.Contains(n - 1) ? x : y;
        part.Sort();
        return (part, between, within);
    }

    private static int Big(List<int>?[] groups, int minPart)
    {
        var count = 0;
        foreach (var g in groups)
        {
            if (g is { } x && x.Count >= minPart)
            {
                count++;
            }
        }

        return count;
    }

    private static void Merge(List<int>?[] groups, double[,] links, int a, int b)
    {
        groups[a]!.AddRange(groups[b]!);
        groups[b] = null;
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g] is not null && g != a)
            {
                links[a, g] = links[g, a] = links[a, g] + links[b, g];
            }
        }
    }

    private static (int A, int B) ClosestPair(List<int>?[] groups, double[,] links)
    {
        var (a, b, best) = (-1, -1, double.NegativeInfinity);
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g] is not { } x)
            {
                continue;
            }

            for (var h = g + 1; h < groups.Length; h++)
            {
                if (groups[h] is { } y && links[g, h] / (x.Count * y.Count) is var mean && mean > best)
                {
                    (a, b, best) = (g, h, mean);
                }
            }
        }

        return (a, b);
    }

    private static double Within(MemberAffinities affinities, List<int> group)
    {
        double sum = 0;
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                sum += affinities[group[i], group[j]];
            }
        }

        return sum / (group.Count * (group.Count - 1) / 2);
    }
}
