namespace Readout.Clustering.Documents;

/// <summary>
/// A document's term weights times IDF as of its arrival: computed once, then reused against every candidate
/// centroid and member, so scoring a candidate costs lookups, not logarithms.
/// </summary>
public sealed class WeightedDocument
{
    public WeightedDocument(DocumentVector vector, IDocumentClusterIndex index)
    {
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(index);
        Vector = vector;
        Idf = new float[vector.Terms.Length];
        Weights = new float[vector.Terms.Length];
        double norm = 0;
        for (var i = 0; i < Idf.Length; i++)
        {
            Idf[i] = index.Idf(vector.Terms[i]);
            Weights[i] = vector.Weights[i] * Idf[i];
            norm += Weights[i] * Weights[i];
        }

        Norm = Math.Sqrt(norm);
    }

    public DocumentVector Vector { get; }

    /// <summary>IDF of each term, aligned with <see cref="DocumentVector.Terms"/>.</summary>
    internal float[] Idf { get; }

    /// <summary>TF-IDF weight of each term, aligned with <see cref="DocumentVector.Terms"/>.</summary>
    internal float[] Weights { get; }

    /// <summary>Euclidean norm of <see cref="Weights"/>.</summary>
    internal double Norm { get; }
}
