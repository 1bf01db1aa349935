namespace Readout.Clustering.Documents;

/// <summary>
/// Incremental same-event clustering of whole documents: each arriving document joins the most similar
/// existing cluster when the similarity reaches the threshold, else starts its own. Documents are never
/// moved afterwards (a stream, not a batch), and only candidates from the inverted index are scored: all of
/// them against their centroids, the best few also member by member, so the cost per document stays flat.
/// A near copy of a held document (MinHash of the body's shingles, banded lookup) joins that document's
/// cluster before any scoring.
/// </summary>
public sealed class DocumentClusterer
{
    private readonly IDocumentClusterIndex _index;
    private readonly DocumentClusterOptions _options;
    private readonly DocumentSimilarity _similarity;

    public DocumentClusterer()
        : this(new InMemoryDocumentClusterIndex(), DocumentClusterOptions.Default)
    {
    }

    public DocumentClusterer(IDocumentClusterIndex index, DocumentClusterOptions options)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _similarity = new DocumentSimilarity(index, options);
    }

    public IDocumentClusterIndex Index => _index;

    /// <summary>Places one document and returns the cluster it is now in.</summary>
    public DocumentCluster Add(DocumentFeatures features) => Place(features).Cluster;

    /// <summary>Places one document and says where and why: a near copy names the document it copies.</summary>
    public DocumentPlacement Place(DocumentFeatures features)
    {
        var document = _index.Observe(features);

        // A near copy is the same report again: joining its original's cluster is safe whatever the scores say.
        if (document.Sketch is { } sketch && sketch.Shingles >= _options.NearCopyMinShingles
            && _index.NearestCopy(document, _options.NearCopyBar) is { Owner: { } original } copy)
        {
            return new DocumentPlacement(_index.Add(document, original), new NearCopy(copy.DocumentId, copy.Similarity));
        }

        var weighted = new WeightedDocument(document, _index);
        var candidates = _index.Candidates(document, _options.Candidates);
        var scores = new double[candidates.Count];
        var order = new int[candidates.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            // Negated, so the ascending sort puts the best first.
            scores[i] = -_similarity.Centroid(weighted, candidates[i]);
            order[i] = i;
        }

        Array.Sort(scores, order);
        DocumentCluster? best = null;
        var bestScore = double.NegativeInfinity;
        for (var k = 0; k < Math.Min(_options.Reranked, order.Length); k++)
        {
            var candidate = candidates[order[k]];
            var score = -scores[k] + _similarity.Members(weighted, candidate);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return new DocumentPlacement(_index.Add(document, bestScore >= _options.Threshold ? best : null), null);
    }
}
