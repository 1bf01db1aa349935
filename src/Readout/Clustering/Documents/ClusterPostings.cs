namespace Readout.Clustering.Documents;

/// <summary>
/// An inverted index from keys (term ids, entity keys) to the window's clusters holding them. An evicted
/// cluster is dropped lazily: each list counts its live entries and is compacted once half of it is dead,
/// so eviction costs a counter per key rather than a search through the list.
/// </summary>
internal sealed class ClusterPostings<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Posting> _postings = new(comparer);

    /// <summary>Keys with at least one live cluster.</summary>
    public int Count => _postings.Count;

    public void Add(TKey key, WindowedCluster cluster)
    {
        if (!_postings.TryGetValue(key, out var posting))
        {
            posting = new Posting();
            _postings.Add(key, posting);
        }

        posting.Clusters.Add(cluster);
        posting.Live++;
    }

    /// <summary>Counts a hit for each live cluster under <paramref name="key"/>, unless more than <paramref name="maxLive"/> hold it.</summary>
    public void Tally(TKey key, int maxLive, Dictionary<DocumentCluster, int> hits)
    {
        if (!_postings.TryGetValue(key, out var posting) || posting.Live > maxLive)
        {
            return;
        }

        foreach (var cluster in posting.Clusters)
        {
            if (!cluster.Evicted)
            {
                hits[cluster.Cluster] = hits.GetValueOrDefault(cluster.Cluster) + 1;
            }
        }
    }

    /// <summary>Notes that a cluster holding <paramref name="key"/> was evicted (its flag is already set).</summary>
    public void Evicted(TKey key)
    {
        var posting = _postings[key];
        if (--posting.Live == 0)
        {
            _postings.Remove(key);
        }
        else if (posting.Clusters.Count > (2 * posting.Live) + 8)
        {
            posting.Clusters.RemoveAll(c => c.Evicted);
        }
    }

    private sealed class Posting
    {
        public List<WindowedCluster> Clusters { get; } = [];

        public int Live { get; set; }
    }
}
