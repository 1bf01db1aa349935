namespace Readout.Clustering.Documents;

/// <summary>
/// The in-memory <see cref="IDocumentClusterIndex"/>: an inverted index from terms and entity keys to the
/// clusters holding them. Only a document's rarest terms are looked up, and keys that have become common
/// (long posting lists) are skipped, so lookup cost stays flat as the collection grows. Body signatures sit in
/// a banded <see cref="NearCopyIndex{TOwner}"/> for near-copy lookup, windowed with their clusters.
/// </summary>
/// <remarks>
/// Memory is bounded by a window of document dates: a cluster whose latest member is more than
/// <see cref="WindowDays"/> older than the newest publication date seen is evicted with its postings, and its
/// members leave the document frequencies (and their terms the vocabulary once no member in the window has
/// them), so IDF is that of the window. A document without a date counts as of the newest date seen; before
/// any date is seen nothing is evicted (the ECB+ evaluation is undated, so it is unaffected). A late report
/// about an evicted event therefore starts a new cluster: the trade-off for holding a window, not the history.
/// </remarks>
public sealed class InMemoryDocumentClusterIndex : IDocumentClusterIndex
{
    /// <summary>How many of a document's highest-IDF terms are looked up.</summary>
    private const int LookupTerms = 12;

    /// <summary>Keys held by more clusters than this are too common to single out an event.</summary>
    private const int MaxPosting = 400;

    private readonly TermTable _terms = new();
    private readonly TermPostings _termPostings = new();
    private readonly ClusterPostings<string> _entityPostings = new(StringComparer.Ordinal);
    private readonly NearCopyIndex<DocumentCluster> _nearCopies = new();
    private readonly Dictionary<int, WindowedCluster> _live = [];
    private readonly List<DocumentCluster> _clusters = [];
    private readonly List<WindowedCluster> _unanchored = [];

    // Scratch buffers of the per-document steps, reused so that placing a document allocates little.
    private readonly Dictionary<DocumentCluster, int> _hits = [];
    private readonly List<int> _addedTerms = [];
    private KeyValuePair<DocumentCluster, int>[] _ranked = new KeyValuePair<DocumentCluster, int>[64];
    private int[] _byRarity = new int[256];
    private float[] _rarity = new float[256];
    private float[] _squares = new float[256];

    // Each cluster is queued under its latest day whenever that day moves; entries left behind by a later
    // member are skipped when they come up, so the queue holds about one entry per document in the window.
    private readonly PriorityQueue<WindowedCluster, int> _expiry = new();
    private float _logCount;
    private int _newestDay = WindowedCluster.Unanchored;
    private int _nextId;
    private bool _clustersStale;

    /// <param name="windowDays">Days of document dates a cluster stays after its latest member (see remarks).</param>
    public InMemoryDocumentClusterIndex(int windowDays = 30)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);
        WindowDays = windowDays;
    }

    public int WindowDays { get; }

    /// <summary>Documents in the window's clusters (the N of IDF).</summary>
    public int DocumentCount { get; private set; }

    /// <summary>The window's clusters, in creation order.</summary>
    public IReadOnlyList<DocumentCluster> Clusters
    {
        get
        {
            CompactClusters();
            return _clusters;
        }
    }

    /// <summary>Distinct terms in the window's documents.</summary>
    public int TermCount => _terms.Size;

    /// <summary>Body signatures held for near-copy lookup (the window's documents that had a body).</summary>
    public int SketchCount => _nearCopies.Count;

    /// <summary>Clusters evicted so far.</summary>
    public int EvictedCount { get; private set; }

    /// <summary>Interns and counts the document; a document that is never <see cref="Add"/>ed stays counted.</summary>
    public DocumentVector Observe(DocumentFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Published is { } published && published.DayNumber > _newestDay)
        {
            Advance(published.DayNumber);
        }

        DocumentCount++;
        _logCount = MathF.Log(DocumentCount + 1f);
        var terms = new int[features.Terms.Count];
        var weights = new float[terms.Length];
        var norm = 0f;
        for (var i = 0; i < terms.Length; i++)
        {
            var (term, weight) = features.Terms[i];
            terms[i] = _terms.Count(term);
            weights[i] = weight;
            norm += weight * weight;
        }

        norm = norm > 0 ? MathF.Sqrt(norm) : 1f;
        var numbers = new List<int>();
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
            if (IsNumber(features.Terms[i].Key))
            {
                numbers.Add(terms[i]);
            }
        }

        Array.Sort(terms, weights);
        return new DocumentVector(features.Id, terms, weights, [.. features.Entities], [.. features.Times], [.. features.EventRoots], [.. numbers], Lead(features, terms), features.Published, features.Sketch);
    }

    // A number that is not a year: years are time keys already, and every report of a season shares them.
    private static bool IsNumber(string term) =>
        term.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && !(term.Length == 4 && (term.StartsWith("19", StringComparison.Ordinal) || term.StartsWith("20", StringComparison.Ordinal)));

    // Headline terms the body also has (the only ones with a document frequency); a term seen only there adds
    // nothing. Only the document's own terms are kept: another document's term id may be freed and reused.
    private int[] Lead(DocumentFeatures features, int[] terms)
    {
        if (features.LeadTerms is null)
        {
            return [];
        }

        var lead = new List<int>(features.LeadTerms.Count);
        foreach (var term in features.LeadTerms)
        {
            if (_terms.TryGet(term, out var id) && Array.BinarySearch(terms, id) >= 0)
            {
                lead.Add(id);
            }
        }

        return [.. lead];
    }

    public float Idf(int term) => _logCount - _terms.LogFrequency(term) + 1f;

    public IReadOnlyList<DocumentCluster> Candidates(DocumentVector document, int max)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hits = _hits;
        hits.Clear();
        foreach (var term in RarestTerms(document))
        {
            _termPostings.Tally(term, MaxPosting, hits);
        }

        foreach (var key in document.Entities)
        {
            _entityPostings.Tally(key, MaxPosting, hits);
        }

        return MostShared(hits, max);
    }

    public NearCopyMatch<DocumentCluster>? NearestCopy(DocumentVector document, double minSimilarity)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Sketch is { } sketch ? _nearCopies.Nearest(sketch, minSimilarity) : null;
    }

    public DocumentCluster Add(DocumentVector document, DocumentCluster? cluster)
    {
        ArgumentNullException.ThrowIfNull(document);
        WindowedCluster? slot = null;
        if (cluster is not null && !_live.TryGetValue(cluster.Id, out slot))
        {
            throw new ArgumentException($"cluster {cluster.Id} is not in the window", nameof(cluster));
        }

        if (slot is null)
        {
            slot = new WindowedCluster(new DocumentCluster(_nextId++));
            _live.Add(slot.Cluster.Id, slot);
            _clusters.Add(slot.Cluster);
        }

        cluster = slot.Cluster;
        foreach (var key in document.Entities)
        {
            if (!cluster.Entities.ContainsKey(key))
            {
                _entityPostings.Add(key, slot);
            }
        }

        _addedTerms.Clear();
        cluster.Add(document, _addedTerms);
        foreach (var term in _addedTerms)
        {
            _termPostings.Add(term, slot);
        }

        slot.MemberTerms.Add(document.Terms);
        if (document.Sketch is { } sketch)
        {
            slot.MemberSketches.Add(_nearCopies.Add(document.Id, sketch, cluster));
        }

        Anchor(slot, document.Published?.DayNumber ?? _newestDay);
        cluster.Norm = cluster.Terms.Norm(this, ref _squares);
        return cluster;
    }

    private void Anchor(WindowedCluster slot, int day)
    {
        if (day == WindowedCluster.Unanchored)
        {
            if (slot.LatestDay == WindowedCluster.Unanchored && slot.MemberTerms.Count == 1)
            {
                _unanchored.Add(slot);
            }

            return;
        }

        if (day > slot.LatestDay)
        {
            slot.LatestDay = day;
            _expiry.Enqueue(slot, day);
        }
    }

    // The newest date moved: clusters filed before any date get it as their day, then the old ones go.
    private void Advance(int newestDay)
    {
        if (_newestDay == WindowedCluster.Unanchored)
        {
            foreach (var slot in _unanchored)
            {
                Anchor(slot, newestDay);
            }

            _unanchored.Clear();
        }

        _newestDay = newestDay;
        var cutoff = newestDay - WindowDays;
        while (_expiry.TryPeek(out var slot, out var day) && day < cutoff)
        {
            _expiry.Dequeue();
            if (!slot.Evicted && slot.LatestDay < cutoff)
            {
                Evict(slot);
            }
        }
    }

    private void Evict(WindowedCluster slot)
    {
        slot.Evicted = true;
        var cluster = slot.Cluster;
        foreach (var term in cluster.Terms.Ids)
        {
            _termPostings.Evicted(term);
        }

        foreach (var key in cluster.Entities.Keys)
        {
            _entityPostings.Evicted(key);
        }

        foreach (var terms in slot.MemberTerms)
        {
            foreach (var term in terms)
            {
                _terms.Release(term);
            }
        }

        foreach (var handle in slot.MemberSketches)
        {
            _nearCopies.Remove(handle);
        }

        DocumentCount -= slot.MemberTerms.Count;
        _logCount = MathF.Log(DocumentCount + 1f);
        _live.Remove(cluster.Id);
        EvictedCount++;
        _clustersStale = true;
        if (_clusters.Count > (2 * _live.Count) + 64)
        {
            CompactClusters();
        }
    }

    private void CompactClusters()
    {
        if (_clustersStale)
        {
            _clusters.RemoveAll(c => !_live.ContainsKey(c.Id));
            _clustersStale = false;
        }
    }

    // The clusters sharing most keys, ties by age (oldest first), without sorting all of them.
    private KeyValuePair<DocumentCluster, int>[] RankBuffer(int count)
    {
        if (_ranked.Length < count)
        {
            _ranked = new KeyValuePair<DocumentCluster, int>[Math.Max(count, _ranked.Length * 2)];
        }

        return _ranked;
    }

    private DocumentCluster[] MostShared(Dictionary<DocumentCluster, int> hits, int max)
    {
        var ranked = RankBuffer(hits.Count);
        var n = 0;
        foreach (var hit in hits)
        {
            ranked[n++] = hit;
        }

        ranked.AsSpan(0, n).Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.Id.CompareTo(b.Key.Id));
        var best = new DocumentCluster[Math.Min(max, n)];
        for (var i = 0; i < best.Length; i++)
        {
            best[i] = ranked[i].Key;
        }

        Array.Clear(ranked, 0, n);
        return best;
    }

    // The document's rarest terms that another document in the window has too (a term only this document
    // has, df 1, has no posting yet), at most LookupTerms of them.
    private ReadOnlySpan<int> RarestTerms(DocumentVector document)
    {
        var count = document.Terms.Length;
        if (_byRarity.Length < count)
        {
            _byRarity = new int[Math.Max(count, _byRarity.Length * 2)];
            _rarity = new float[_byRarity.Length];
        }

        // A partial selection would do; documents have a few hundred terms, so a sort is cheap enough.
        var order = _byRarity.AsSpan(0, count);
        var keys = _rarity.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            order[i] = document.Terms[i];
            keys[i] = _terms.Frequency(document.Terms[i]);
        }

        keys.Sort(order);
        var first = 0;
        while (first < count && keys[first] <= 1)
        {
            first++;
        }

        return order.Slice(first, Math.Min(LookupTerms, count - first));
    }
}
