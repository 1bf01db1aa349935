namespace Readout.Clustering.Documents;

/// <summary>
/// The in-memory <see cref="IDocumentClusterIndex"/>: an inverted index from terms and entity keys to the
/// clusters holding them. Only a document's rarest terms are looked up, and keys that have become common
/// (long posting lists) are skipped, so lookup cost stays flat as the collection grows.
/// </summary>
public sealed class InMemoryDocumentClusterIndex : IDocumentClusterIndex
{
    /// <summary>How many of a document's highest-IDF terms are looked up.</summary>
    private const int LookupTerms = 12;

    /// <summary>Keys held by more clusters than this are too common to single out an event.</summary>
    private const int MaxPosting = 400;

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];

    // ln(df + 1) per term and ln(N + 1), kept as counts change, so that IDF is a lookup rather than a logarithm.
    private readonly List<float> _logFrequency = [];
    private float _logCount;
    private readonly Dictionary<int, List<DocumentCluster>> _termPostings = [];
    private readonly Dictionary<string, List<DocumentCluster>> _entityPostings = new(StringComparer.Ordinal);
    private readonly List<DocumentCluster> _clusters = [];

    public int DocumentCount { get; private set; }

    public IReadOnlyList<DocumentCluster> Clusters => _clusters;

    public DocumentVector Observe(DocumentFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        DocumentCount++;
        _logCount = MathF.Log(DocumentCount + 1f);
        var terms = new int[features.Terms.Count];
        var weights = new float[terms.Length];
        var norm = 0f;
        for (var i = 0; i < terms.Length; i++)
        {
            var (term, weight) = features.Terms[i];
            if (!_vocabulary.TryGetValue(term, out var id))
            {
                id = _vocabulary.Count;
                _vocabulary.Add(term, id);
                _documentFrequency.Add(0);
                _logFrequency.Add(0f);
            }

            _documentFrequency[id]++;
            _logFrequency[id] = MathF.Log(_documentFrequency[id] + 1f);
            terms[i] = id;
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
        return new DocumentVector(features.Id, terms, weights, [.. features.Entities], [.. features.Times], [.. features.EventRoots], [.. numbers], Lead(features));
    }

    // A number that is not a year: years are time keys already, and every report of a season shares them.
    private static bool IsNumber(string term) =>
        term.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && !(term.Length == 4 && (term.StartsWith("19", StringComparison.Ordinal) || term.StartsWith("20", StringComparison.Ordinal)));

    // Headline terms the body also has (the only ones with a document frequency); a term seen only there adds nothing.
    private int[] Lead(DocumentFeatures features)
    {
        if (features.LeadTerms is null)
        {
            return [];
        }

        var lead = new List<int>(features.LeadTerms.Count);
        foreach (var term in features.LeadTerms)
        {
            if (_vocabulary.TryGetValue(term, out var id))
            {
                lead.Add(id);
            }
        }

        return [.. lead];
    }

    public float Idf(int term) => _logCount - _logFrequency[term] + 1f;

    public IReadOnlyList<DocumentCluster> Candidates(DocumentVector document, int max)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hits = new Dictionary<DocumentCluster, int>();
        foreach (var term in RarestTerms(document))
        {
            if (_termPostings.TryGetValue(term, out var clusters) && clusters.Count <= MaxPosting)
            {
                Tally(hits, clusters);
            }
        }

        foreach (var key in document.Entities)
        {
            if (_entityPostings.TryGetValue(key, out var clusters) && clusters.Count <= MaxPosting)
            {
                Tally(hits, clusters);
            }
        }

        return [.. hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key.Id).Take(max).Select(h => h.Key)];
    }

    public DocumentCluster Add(DocumentVector document, DocumentCluster? cluster)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (cluster is null)
        {
            cluster = new DocumentCluster(_clusters.Count);
            _clusters.Add(cluster);
        }

        foreach (var term in document.Terms)
        {
            if (!cluster.Terms.ContainsKey(term))
            {
                Posting(_termPostings, term).Add(cluster);
            }
        }

        foreach (var key in document.Entities)
        {
            if (!cluster.Entities.ContainsKey(key))
            {
                Posting(_entityPostings, key).Add(cluster);
            }
        }

        cluster.Add(document);
        var norm = 0f;
        foreach (var (term, weight) in cluster.Terms)
        {
            var w = weight * Idf(term);
            norm += w * w;
        }

        cluster.Norm = MathF.Sqrt(norm);
        return cluster;
    }

    private IEnumerable<int> RarestTerms(DocumentVector document)
    {
        // A partial selection would do; documents have a few hundred terms, so a sort is cheap enough.
        var order = new int[document.Terms.Length];
        var keys = new float[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = document.Terms[i];
            keys[i] = _documentFrequency[document.Terms[i]];
        }

        Array.Sort(keys, order);

        // A term only this document has (df 1) has no posting yet: skip to the rarest shared ones.
        return order.Where(t => _documentFrequency[t] > 1).Take(LookupTerms);
    }

    private static void Tally(Dictionary<DocumentCluster, int> hits, List<DocumentCluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            hits[cluster] = hits.GetValueOrDefault(cluster) + 1;
        }
    }

    private static List<DocumentCluster> Posting<TKey>(Dictionary<TKey, List<DocumentCluster>> postings, TKey key)
        where TKey : notnull
    {
        if (!postings.TryGetValue(key, out var list))
        {
            list = [];
            postings.Add(key, list);
        }

        return list;
    }
}
