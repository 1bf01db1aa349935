namespace Readout.Clustering.Documents;

/// <summary>
/// Where document clusters live: term interning, document frequencies (IDF maintained as documents arrive),
/// and sub-linear candidate lookup. In memory today; a store-backed index is another implementation.
/// </summary>
public interface IDocumentClusterIndex
{
    /// <summary>Documents the index holds (the N of IDF): all seen so far, or those of a window.</summary>
    int DocumentCount { get; }

    /// <summary>The clusters the index holds, in creation order (a windowed index drops old ones).</summary>
    IReadOnlyList<DocumentCluster> Clusters { get; }

    /// <summary>Interns a document's features and counts its terms into the document frequencies.</summary>
    DocumentVector Observe(DocumentFeatures features);

    /// <summary>Smoothed IDF of an interned term at the current document count.</summary>
    float Idf(int term);

    /// <summary>Clusters sharing the document's rarest terms or its entity keys, most shared first, at most <paramref name="max"/>.</summary>
    IReadOnlyList<DocumentCluster> Candidates(DocumentVector document, int max);

    /// <summary>The held document whose body signature is most like the document's, at an estimated Jaccard of at least <paramref name="minSimilarity"/>.</summary>
    NearCopyMatch<DocumentCluster>? NearestCopy(DocumentVector document, double minSimilarity);

    /// <summary>Adds the document to a cluster (a new one when <paramref name="cluster"/> is null) and returns it.</summary>
    DocumentCluster Add(DocumentVector document, DocumentCluster? cluster);
}
