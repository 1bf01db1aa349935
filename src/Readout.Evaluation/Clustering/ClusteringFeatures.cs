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

    /// <summary>A fixed pseudo-random arrival order, so that the stream is not sorted by topic as the files are.</summary>
    public static int[] ArrivalOrder(int count) =>
        [.. Enumerable.Range(0, count).OrderBy(i => (uint)(i * 2654435761u) ^ 0x5bd1e995u).ThenBy(i => i)];
}
