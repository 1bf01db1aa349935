namespace Readout.Clustering.Documents;

/// <summary>
/// Incremental same-event clustering of whole documents: each arriving document joins the most similar
/// existing cluster when the join decision says so, else starts its own. Documents are never moved afterwards
/// (a stream, not a batch), and only candidates from the inverted index are scored: all of them against their
/// centroids, the best few also member by member, so the cost per document stays flat. The decision is the
/// hand-weighted score against <see cref="DocumentClusterOptions.Threshold"/>, or, when
/// <see cref="DocumentClusterOptions.Model"/> is set, that model's log-odds against
/// <see cref="DocumentClusterOptions.JoinLogOdds"/>.
/// </summary>
public sealed class DocumentClusterer
{
    private readonly IDocumentClusterIndex _index;
    private readonly DocumentClusterOptions _options;
    private readonly DocumentSimilarity _similarity;
    private readonly double[] _features = new double[JoinFeatures.Names.Length];

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

    /// <summary>The reranked candidates of the last <see cref="Add"/>, best hand-weighted score first (for the fitting tool).</summary>
    internal List<JoinCandidate> LastCandidates { get; } = [];

    /// <summary>The vector of the last <see cref="Add"/>ed document (for the fitting tool).</summary>
    internal DocumentVector? LastDocument { get; private set; }

    /// <summary>Places one document and returns the cluster it is now in.</summary>
    public DocumentCluster Add(DocumentFeatures features)
    {
        var document = _index.Observe(features);
        LastDocument = document;
        var weighted = new WeightedDocument(document, _index);
        var candidates = _index.Candidates(document, _options.Candidates);
        var scores = new double[candidates.Count];
        var parts = new SimilarityParts[candidates.Count];
        var order = new int[candidates.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            parts[i] = _similarity.CentroidParts(weighted, candidates[i]);

            // Negated, so the ascending sort puts the best first.
            scores[i] = -_similarity.Centroid(parts[i]);
            order[i] = i;
        }

        Array.Sort(scores, order);
        var reranked = LastCandidates;
        reranked.Clear();
        for (var k = 0; k < Math.Min(_options.Reranked, order.Length); k++)
        {
            var candidate = candidates[order[k]];
            var (nearest, mean) = _similarity.MemberCosines(weighted, candidate);
            var score = -scores[k] + _similarity.Members(nearest, mean);
            reranked.Add(new JoinCandidate(candidate, parts[order[k]] with { Nearest = nearest, Mean = mean }, score));
        }

        return _index.Add(document, _options.Model is { } model ? Decide(model, reranked) : Best(reranked));
    }

    // The best hand-weighted score, when it reaches the threshold.
    private DocumentCluster? Best(List<JoinCandidate> reranked)
    {
        DocumentCluster? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in reranked)
        {
            if (candidate.Score > bestScore)
            {
                (best, bestScore) = (candidate.Cluster, candidate.Score);
            }
        }

        double runnerUp = 0;
        foreach (var candidate in reranked)
        {
            if (candidate.Cluster != best)
            {
                runnerUp = Math.Max(runnerUp, candidate.Score);
            }
        }

        return bestScore >= _options.Threshold && bestScore - runnerUp >= _options.Margin ? best : null;
    }

    // The best hand-weighted candidate, when the model's log-odds for it reach the cut; below the floor the
    // score alone says no (the model is fitted on the decisions near the threshold, not on unrelated stories).
    private DocumentCluster? Decide(JoinModel model, List<JoinCandidate> reranked)
    {
        var k = BestIndex(reranked);
        if (k < 0 || reranked[k].Score < _options.ModelFloor)
        {
            return null;
        }

        if (reranked[k].Cluster.Members.Count < _options.ModelMinSize)
        {
            return reranked[k].Score >= _options.Threshold ? reranked[k].Cluster : null;
        }

        return model.LogOdds(Features(reranked, k)) >= _options.JoinLogOdds ? reranked[k].Cluster : null;
    }

    /// <summary>The index of the best hand-weighted score (the first on ties), −1 when there is none.</summary>
    internal static int BestIndex(List<JoinCandidate> reranked)
    {
        var best = -1;
        for (var k = 0; k < reranked.Count; k++)
        {
            if (best < 0 || reranked[k].Score > reranked[best].Score)
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>The join features of reranked candidate <paramref name="k"/> (a shared buffer, valid until the next call).</summary>
    internal ReadOnlySpan<double> Features(List<JoinCandidate> reranked, int k)
    {
        double runnerUp = 0;
        for (var j = 0; j < reranked.Count; j++)
        {
            if (j != k)
            {
                runnerUp = Math.Max(runnerUp, reranked[j].Score);
            }
        }

        var candidate = reranked[k];
        JoinFeatures.Fill(candidate.Parts, candidate.Score, candidate.Cluster.Members.Count, runnerUp, _features);
        return _features;
    }
}

/// <summary>One reranked candidate: its cluster, its signals and its hand-weighted score.</summary>
internal readonly record struct JoinCandidate(DocumentCluster Cluster, SimilarityParts Parts, double Score);
