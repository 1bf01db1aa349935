namespace Readout.Clustering.Documents;

/// <summary>
/// A cluster's summed term weights as two sorted, right-sized arrays (term ids, weights): a third of a
/// dictionary's memory, and a newcomer is compared with it in one merge pass over two sorted lists.
/// </summary>
internal sealed class CentroidTerms
{
    private int[] _ids = [];
    private float[] _weights = [];

    public ReadOnlySpan<int> Ids => _ids;

    public ReadOnlySpan<float> Weights => _weights;

    public int Count => _ids.Length;

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
        int a = 0, b = 0, k = 0;
        while (a < _ids.Length || b < terms.Length)
        {
            if (b == terms.Length || (a < _ids.Length && _ids[a] < terms[b]))
            {
                (ids[k], sums[k]) = (_ids[a], _weights[a]);
                a++;
            }
            else if (a == _ids.Length || terms[b] < _ids[a])
            {
                (ids[k], sums[k]) = (terms[b], weights[b]);
                b++;
            }
            else
            {
                // Same float addition as a running sum per term: the centroid does not depend on the layout.
                (ids[k], sums[k]) = (_ids[a], _weights[a] + weights[b]);
                a++;
                b++;
            }

            k++;
        }

        (_ids, _weights) = (ids, sums);
    }
}
