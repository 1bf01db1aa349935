namespace Readout.Clustering.Documents;

/// <summary>Where <see cref="DocumentClusterer"/> put a document, and the document it copies when that decided it.</summary>
/// <param name="Cluster">The cluster the document is now in.</param>
/// <param name="NearCopy">Set when the document joined as a near copy (the fast path), null when it was scored.</param>
public sealed record DocumentPlacement(DocumentCluster Cluster, NearCopy? NearCopy);

/// <summary>The document a text nearly copies, with the estimated Jaccard similarity of their word shingles.</summary>
public sealed record NearCopy(string DocumentId, double Similarity)
{
    /// <summary>"near copy of 17 (≈0.93)".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"near copy of {DocumentId} (≈{Similarity:0.00})");
}
