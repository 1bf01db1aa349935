using System.Runtime.InteropServices;

namespace Readout.Clustering.Documents;

/// <summary>An inverted index from keys (entity keys) to the window's clusters holding them.</summary>
internal sealed class ClusterPostings<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, ClusterPosting> _postings = new(comparer);

    public void Add(TKey key, WindowedCluster cluster) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out _).Add(cluster);

    /// <summary>Counts a hit for each live cluster under <paramref name="key"/>, unless more than <paramref name="maxLive"/> hold it.</summary>
    public void Tally(TKey key, int maxLive, Dictionary<DocumentCluster, int> hits)
    {
        ref var posting = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, key);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref posting) && posting.Live <= maxLive)
        {
            posting.Tally(hits);
        }
    }

    /// <summary>Notes that a cluster holding <paramref name="key"/> was evicted (its flag is already set).</summary>
    public void Evicted(TKey key)
    {
        if (CollectionsMarshal.GetValueRefOrNullRef(_postings, key).Evicted())
        {
            _postings.Remove(key);
        }
    }
}
