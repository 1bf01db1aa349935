namespace Readout.Clustering.Documents;

/// <summary>
/// Weights and threshold of <see cref="DocumentSimilarity"/> and <see cref="DocumentClusterer"/>. The defaults
/// were chosen on the ECB+ training topics only (docs/quality.md, "Same-event clustering").
/// </summary>
public sealed record DocumentClusterOptions
{
    public static DocumentClusterOptions Default { get; } = new();

    /// <summary>A document joins its best cluster at or above this similarity, else starts a new one.</summary>
    public double Threshold { get; init; } = 0.68;

    /// <summary>Weight of the entity-key overlap (cosine of the key sets).</summary>
    public double EntityWeight { get; init; } = 1.0;

    /// <summary>Bonus when the document and the cluster mention a common year or date.</summary>
    public double TimeAgreement { get; init; } = 0.05;

    /// <summary>Penalty when both mention years and none is shared: look-alike events are told apart by when.</summary>
    public double TimeConflict { get; init; } = 0.10;

    /// <summary>Bonus when a detected CAMEO root is shared; the same penalty scaled down when both have roots and none is shared.</summary>
    public double KindAgreement { get; init; } = 0.02;

    /// <summary>How many candidate clusters are scored in full.</summary>
    public int Candidates { get; init; } = 24;
}
