using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Evaluation.Clustering;

/// <summary>
/// Runs the pipeline's annotation and event detection on each set document and builds the clusterer's
/// features. Documents get opaque ids ("doc-17"): nothing of the set's folder names or gold reaches them.
/// </summary>
public static class ClusteringFeatures
{
    public static DocumentFeatures[] Build(IReadOnlyList<ClusteringDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var features = new DocumentFeatures[documents.Count];

        // One annotator and detector for the run: they hold compiled patterns, and the sets are small.
        var annotator = new Annotator();
        var detector = new EventDetector(EventCoverage.AllCameoRoots);
        for (var i = 0; i < documents.Count; i++)
        {
            var id = $"doc-{i}";
            var article = new Article
            {
                Path = id,
                Title = documents[i].Title.Length > 0 ? documents[i].Title : null,
                Body = documents[i].Text,
            };
            var annotations = annotator.Annotate(article);
            features[i] = DocumentFeatureBuilder.Build(id, article, annotations, detector.Detect(article, annotations));
        }

        return features;
    }

    /// <summary>How many fixed arrival orders <see cref="ArrivalOrder"/> knows.</summary>
    public const int ArrivalOrders = 3;

    // Multiplicative hashes (Knuth's and two xxHash primes) with a mask each: three unrelated shuffles.
    private static readonly (uint Multiplier, uint Mask)[] Shuffles = [(2654435761u, 0x5bd1e995u), (2246822519u, 0x27d4eb2du), (3266489917u, 0x165667b1u)];

    /// <summary>
    /// A fixed pseudo-random arrival order, so that the stream is not sorted by topic as the files are. Order 0 is
    /// the one the threshold is swept and the headline scored in; the others measure how much a figure owes to it.
    /// </summary>
    public static int[] ArrivalOrder(int count, int order = 0)
    {
        var (multiplier, mask) = Shuffles[order];
        return [.. Enumerable.Range(0, count).OrderBy(i => ((uint)i * multiplier) ^ mask).ThenBy(i => i)];
    }
}
