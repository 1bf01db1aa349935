namespace Readout.Clustering.Documents;

/// <summary>
/// An inverted index from term ids to the window's clusters holding them. Term ids are dense (the
/// <see cref="TermTable"/> reuses freed ones), so the postings are an array indexed by id rather than a
/// dictionary: no hashing, and one small struct per term.
/// </summary>
internal sealed class TermPostings
{
    private ClusterPosting[] _postings = new ClusterPosting[1024];

    public void Add(int term, WindowedCluster cluster)
    {
        if (term >= _postings.Length)
        {
            Array.Resize(ref _postings, Math.Max(term + 1, _postings.Length * 2));
        }

        _postings[term].Add(cluster);
    }

    /// <summary>Counts a hit for each live cluster holding <paramref name="term"/>, unless more than <paramref name="maxLive"/> hold it.</summary>
    public void Tally(int term, int maxLive, Dictionary<DocumentCluster, int> hits)
    {
        if (term < _postings.Length && _postings[term].Live <= maxLive)
        {
            _postings[term].Tally(hits);
        }
    }

    /// <summary>Notes that a cluster holding <paramref name="term"/> was evicted (its flag is already set).</summary>
    public void Evicted(int term) => _postings[term].Evicted();
}
