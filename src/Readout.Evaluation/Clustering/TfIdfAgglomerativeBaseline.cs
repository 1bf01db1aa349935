namespace Readout.Evaluation.Clustering;

/// <summary>
/// The baseline the document clusterer is measured against: batch TF-IDF cosine (IDF over the whole set)
/// and average-link agglomerative clustering, cut at a similarity threshold. It sees every document at once,
/// which the incremental clusterer never does.
/// </summary>
public sealed class TfIdfAgglomerativeBaseline
{
    private readonly List<(int A, int B, double Similarity)> _merges = [];
    private readonly int _count;

    /// <summary>Builds the full merge tree once; <see cref="Cut"/> then gives the clustering at any threshold.</summary>
    public TfIdfAgglomerativeBaseline(IReadOnlyList<IReadOnlyList<KeyValuePair<string, float>>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _count = documents.Count;
        var similarity = Similarities(documents);
        Agglomerate(similarity);
    }

    /// <summary>Cluster labels when only merges at or above <paramref name="threshold"/> are made.</summary>
    public int[] Cut(double threshold)
    {
        var parent = Enumerable.Range(0, _count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);

        // Average link has no inversions: merge similarities only go down, so the cut is a prefix.
        foreach (var (a, b, s) in _merges.TakeWhile(m => m.Similarity >= threshold))
        {
            parent[Find(a)] = Find(b);
        }

        return [.. Enumerable.Range(0, _count).Select(Find)];
    }

    private static double[,] Similarities(IReadOnlyList<IReadOnlyList<KeyValuePair<string, float>>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (term, _) in document)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var postings = new Dictionary<string, List<(int Doc, double Weight)>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            var weights = documents[d].Select(t => (t.Key, W: t.Value * (Math.Log((documents.Count + 1.0) / (df[t.Key] + 1.0)) + 1))).ToList();
            var norm = Math.Sqrt(weights.Sum(w => w.W * w.W));
            foreach (var (term, w) in weights)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((d, norm > 0 ? w / norm : 0));
            }
        }

        var similarity = new double[documents.Count, documents.Count];
        foreach (var list in postings.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var s = list[i].Weight * list[j].Weight;
                    similarity[list[i].Doc, list[j].Doc] += s;
                    similarity[list[j].Doc, list[i].Doc] += s;
                }
            }
        }

        return similarity;
    }

    // Naive average link with Lance-Williams updates: O(n^3), fine for the sets' few hundred documents.
    private void Agglomerate(double[,] similarity)
    {
        var size = Enumerable.Repeat(1, _count).ToArray();
        var active = Enumerable.Range(0, _count).ToList();
        while (active.Count > 1)
        {
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            for (var i = 0; i < active.Count; i++)
            {
                for (var j = i + 1; j < active.Count; j++)
                {
                    if (similarity[active[i], active[j]] > best)
                    {
                        (bestA, bestB, best) = (active[i], active[j], similarity[active[i], active[j]]);
                    }
                }
            }

            if (best <= 0)
            {
                break; // the rest share no term at all
            }

            _merges.Add((bestA, bestB, best));
            foreach (var k in active)
            {
                if (k != bestA && k != bestB)
                {
                    var merged = (size[bestA] * similarity[bestA, k] + size[bestB] * similarity[bestB, k]) / (size[bestA] + size[bestB]);
                    similarity[bestA, k] = similarity[k, bestA] = merged;
                }
            }

            size[bestA] += size[bestB];
            active.Remove(bestB);
        }
    }
}
