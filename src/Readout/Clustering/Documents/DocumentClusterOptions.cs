namespace Readout.Clustering.Documents;

/// <summary>
/// Weights and threshold of <see cref="DocumentSimilarity"/> and <see cref="DocumentClusterer"/>. The defaults
/// were chosen on the ECB+ training topics only (docs/quality.md, "Same-event clustering").
/// </summary>
public sealed record DocumentClusterOptions
{
    public static DocumentClusterOptions Default { get; } = new();

    /// <summary>A document joins its best cluster at or above this similarity, else starts a new one.</summary>
    public double Threshold { get; init; } = 1.82;

    /// <summary>Weight of the entity-key overlap (cosine of the key sets).</summary>
    public double EntityWeight { get; init; } = 2.0;

    /// <summary>Weight of the TF-IDF cosine with the closest of the cluster's recent members (single link, bounded).</summary>
    public double NearestMemberWeight { get; init; } = 0.75;

    /// <summary>Weight of the mean TF-IDF cosine with the cluster's recent members (average link, bounded).</summary>
    public double MeanMemberWeight { get; init; } = 0.75;

    /// <summary>Weight of the IDF-weighted cosine of the numbers mentioned (tolls, magnitudes, ages, scores).</summary>
    public double NumberWeight { get; init; } = 1.25;

    /// <summary>Weight of the share of the document's headline terms (IDF-weighted) that the cluster's headlines have.</summary>
    public double LeadWeight { get; init; } = 0.75;

    /// <summary>Bonus when the document and the cluster mention a common year or date.</summary>
    public double TimeAgreement { get; init; } = 0.05;

    /// <summary>Penalty when both mention years and none is shared: look-alike events are told apart by when.</summary>
    public double TimeConflict { get; init; } = 0.10;

    /// <summary>Bonus when a detected CAMEO root is shared, penalty when both have roots and none is shared.</summary>
    public double KindAgreement { get; init; } = 0.02;

    /// <summary>
    /// A document whose body signature matches a held document's at this estimated Jaccard or more is a near copy
    /// (re-published, syndicated, captured twice) and joins that document's cluster without scoring; above 1, never.
    /// </summary>
    public double NearCopyBar { get; init; } = 0.8;

    /// <summary>Shingles a body needs for the near-copy path: two short texts can share most shingles by chance.</summary>
    public int NearCopyMinShingles { get; init; } = 20;

    /// <summary>How many candidate clusters are scored against the centroid.</summary>
    public int Candidates { get; init; } = 24;

    /// <summary>How many of the best centroid candidates are also compared member by member.</summary>
    public int Reranked { get; init; } = 3;
}
