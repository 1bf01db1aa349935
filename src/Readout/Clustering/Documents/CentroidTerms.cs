namespace Readout.Clustering.Documents;

/// <summary>
/// A cluster's summed term weights as two sorted, right-sized arrays (term ids, weights): a third of a
/// dictionary's memory, and a newcomer is compared with it in one merge pass over two sorted lists. Each
/// term also keeps its arrival rank, so sums over the centroid can run in arrival order, as they did over a
/// dictionary (float sums depend on their order; the clustering decisions must not depend on the layout).
/// </summary>
internal sealed class CentroidTerms
{
    private int[] _ids = [];
    private float[] _weights = [];
    private int[] _arrival = [];

    public ReadOnlySpan<int> Ids => _ids;

    public ReadOnlySpan<float> Weights => _weights;

    public int Count => _ids.Length;

    /// <summary>Euclidean norm of the weights times <paramref name="idf"/>, summed in arrival order.</summary>
    /// <param name="idf">Where the terms' IDF comes from.</param>
    /// <param name="scratch">The caller's reusable buffer, grown as needed.</param>
    public float Norm(IDocumentClusterIndex idf, ref float[] scratch)
    {
        // The squares are placed by arrival rank, then summed: O(n), no sort.
        if (scratch.Length < _ids.Length)
        {
            scratch = new float[Math.Max(_ids.Length, scratch.Length * 2)];
        }

        var squares = scratch;
        for (var k = 0; k < _ids.Length; k++)
        {
            var w = _weights[k] * idf.Idf(_ids[k]);
            squares[_arrival[k]] = w * w;
        }

        var norm = 0f;
        for (var k = 0; k < _ids.Length; k++)
        {
            norm += squares[k];
        }

        return MathF.Sqrt(norm);
    }

    /// <summary>Adds a member's sorted terms; the ids new to the cluster go to <paramref name="added"/> when given.</summary>
    public void Add(int[] terms, float[] weights, List<int>? added)
    {
        var fresh = 0;
        for (int i = 0, j = 0; i < terms.Length; i++)
        {
            while (j < _ids.Length && _ids[j] < terms[i])
            {
                j++;
            }

            if (j == _ids.Length || _ids[j] != terms[i])
            {
                fresh++;
                added?.Add(terms[i]);
            }
        }

        var ids = fresh == 0 ? _ids : new int[_ids.Length + fresh];
        var sums = fresh == 0 ? _weights : new float[ids.Length];
        var arrival = fresh == 0 ? _arrival : new int[ids.Length];
        int a = 0, b = 0, k = 0, next = _ids.Length;
        while (a < _ids.Length || b < terms.Length)
        {
            if (b == terms.Length || (a < _ids.Length && _ids[a] < terms[b]))
            {
                (ids[k], sums[k], arrival[k]) = (_ids[a], _weights[a], _arrival[a]);
                a++;
            }
            else if (a == _ids.Length || terms[b] < _ids[a])
            {
                (ids[k], sums[k], arrival[k]) = (terms[b], weights[b], next++);
                b++;
            }
            else
            {
                // Same float addition as a running sum per term: the centroid does not depend on the layout.
                (ids[k], sums[k], arrival[k]) = (_ids[a], _weights[a] + weights[b], _arrival[a]);
                a++;
                b++;
            }

            k++;
        }

        (_ids, _weights, _arrival) = (ids, sums, arrival);
    }
}
