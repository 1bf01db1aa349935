using System.Diagnostics;
using Readout.Clustering.Documents;

namespace Readout.Evaluation.Clustering;

/// <summary>
/// Same-event document clustering, Readout's incremental <see cref="DocumentClusterer"/> beside the batch
/// TF-IDF average-link baseline; BCubed and pairwise P/R/F1. Thresholds are chosen on ECB+ training topics
/// only and reused unchanged on the test topics and on the other sets.
/// </summary>
public sealed class DocumentClusteringEvaluator
{
    /// <summary>The baseline's cut, as chosen on the ECB+ training topics (see <see cref="EvaluateEcbPlus"/>).</summary>
    public const double BaselineThreshold = 0.26;

    /// <summary>ECB+: thresholds swept on the training topics, then scored on the test topics and on all.</summary>
    public EvaluationResult EvaluateEcbPlus(string dataDir)
    {
        var clock = Stopwatch.StartNew();
        var documents = ClusteringCorpus.ReadEcbPlus(dataDir);
        var split = EcbPlusSplit.Load(dataDir);
        var features = ClusteringFeatures.Build(documents);
        var train = Enumerable.Range(0, documents.Count).Where(i => split.Train.Contains(documents[i].Topic)).ToArray();
        var dev = Enumerable.Range(0, documents.Count).Where(i => split.Dev.Contains(documents[i].Topic)).ToArray();
        var test = Enumerable.Range(0, documents.Count).Where(i => split.Test.Contains(documents[i].Topic)).ToArray();
        var all = Enumerable.Range(0, documents.Count).ToArray();

        var readoutThreshold = ThresholdSweep.Pick(t => Score(documents, train, RunReadout(features, train, t)));
        var baselineTrain = Baseline(features, train);
        var baselineThreshold = ThresholdSweep.Pick(t => Score(documents, train, baselineTrain.Cut(t)));

        var metrics = new List<MetricValue>();
        foreach (var (name, subset) in new[] { ("test", test), ("all", all) })
        {
            var copies = new List<(int Document, NearCopy Copy)>();
            Add(metrics, $"{name} readout", Score(documents, subset, RunReadout(features, subset, readoutThreshold, nearCopies: copies)));
            Add(metrics, $"{name} baseline", Score(documents, subset, Baseline(features, subset).Cut(baselineThreshold)));
            AddNearCopies(metrics, $"{name} near copies (fast path)", documents, copies);
        }

        // Order robustness on the tuning topics: one arrival order's luck moves F1 by about 0.01.
        foreach (var (name, subset) in new[] { ("train", train), ("dev", dev) })
        {
            var mean = MeanOverOrders(documents, features, subset, readoutThreshold);
            metrics.Add(new($"{name} readout, mean of {ClusteringFeatures.ArrivalOrders} orders|B3 F1", mean.F1));
            metrics.Add(new($"{name} readout, mean of {ClusteringFeatures.ArrivalOrders} orders|P", mean.Precision));
            metrics.Add(new($"{name} readout, mean of {ClusteringFeatures.ArrivalOrders} orders|R", mean.Recall));
        }

        metrics.Add(new("thresholds (train)|readout", readoutThreshold));
        metrics.Add(new("thresholds (train)|baseline", baselineThreshold));
        metrics.Add(new("speed|clusterer docs/s", ClustererSpeed(features, readoutThreshold)));
        return new EvaluationResult("clustering-ecbplus", metrics, documents.Count, clock.Elapsed);
    }

    /// <summary>A CoNLL-layout set (MEANTIME, NewsWCL50), with the thresholds chosen on ECB+ training topics.</summary>
    public EvaluationResult EvaluateConll(string set, string conllPath, char separator)
    {
        var clock = Stopwatch.StartNew();
        var documents = ClusteringCorpus.ReadConll(conllPath, separator);
        var features = ClusteringFeatures.Build(documents);
        var all = Enumerable.Range(0, documents.Count).ToArray();
        var metrics = new List<MetricValue>();
        var copies = new List<(int Document, NearCopy Copy)>();
        Add(metrics, "readout", Score(documents, all, RunReadout(features, all, DocumentClusterOptions.Default.Threshold, nearCopies: copies)));
        Add(metrics, "baseline", Score(documents, all, Baseline(features, all).Cut(BaselineThreshold)));
        AddNearCopies(metrics, "near copies (fast path)", documents, copies);
        return new EvaluationResult(set, metrics, documents.Count, clock.Elapsed);
    }

    /// <summary>Labels for <paramref name="subset"/> (aligned with it) from one incremental run in the given arrival order.</summary>
    /// <param name="nearCopies">Receives each document (index into <paramref name="features"/>) that joined as a near copy.</param>
    public static int[] RunReadout(DocumentFeatures[] features, int[] subset, double threshold, int order = 0, List<(int Document, NearCopy Copy)>? nearCopies = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(subset);
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(), DocumentClusterOptions.Default with { Threshold = threshold });
        var labels = new int[subset.Length];
        foreach (var k in ClusteringFeatures.ArrivalOrder(subset.Length, order))
        {
            var placement = clusterer.Place(features[subset[k]]);
            labels[k] = placement.Cluster.Id;
            if (placement.NearCopy is { } copy)
            {
                nearCopies?.Add((subset[k], copy));
            }
        }

        return labels;
    }

    // How many documents took the near-copy fast path, and how many of those joined a document of another gold
    // event (read only to score the run; the features' ids are "doc-<index>").
    private static void AddNearCopies(List<MetricValue> metrics, string group, List<ClusteringDocument> documents, List<(int Document, NearCopy Copy)> copies)
    {
        var wrong = copies.Count(c => documents[c.Document].Gold != documents[int.Parse(c.Copy.DocumentId.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture)].Gold);
        metrics.Add(new($"{group}|joins", copies.Count));
        metrics.Add(new($"{group}|wrong", wrong));
        metrics.Add(new($"{group}|least similarity", copies.Count == 0 ? 0 : copies.Min(c => c.Copy.Similarity)));
    }

    /// <summary>BCubed precision, recall and F1, each the mean over the fixed arrival orders.</summary>
    internal static (double F1, double Precision, double Recall) MeanOverOrders(List<ClusteringDocument> documents, DocumentFeatures[] features, int[] subset, double threshold)
    {
        double f1 = 0, precision = 0, recall = 0;
        for (var order = 0; order < ClusteringFeatures.ArrivalOrders; order++)
        {
            var score = Score(documents, subset, RunReadout(features, subset, threshold, order)).BCubed;
            (f1, precision, recall) = (f1 + score.F1, precision + score.Precision, recall + score.Recall);
        }

        return (f1 / ClusteringFeatures.ArrivalOrders, precision / ClusteringFeatures.ArrivalOrders, recall / ClusteringFeatures.ArrivalOrders);
    }

    private static TfIdfAgglomerativeBaseline Baseline(DocumentFeatures[] features, int[] subset) =>
        new([.. subset.Select(i => features[i].Terms)]);

    internal static (PrecisionRecall BCubed, PrecisionRecall Pairwise) Score(List<ClusteringDocument> documents, int[] subset, int[] labels)
    {
        var gold = subset.Select(i => documents[i].Gold).ToArray();
        return (ClusterScores.BCubed(gold, labels), ClusterScores.Pairwise(gold, labels));
    }

    private static void Add(List<MetricValue> metrics, string group, (PrecisionRecall BCubed, PrecisionRecall Pairwise) score)
    {
        metrics.Add(new($"{group}|B3 F1", score.BCubed.F1));
        metrics.Add(new($"{group}|P", score.BCubed.Precision));
        metrics.Add(new($"{group}|R", score.BCubed.Recall));
        metrics.Add(new($"{group}|pairwise F1", score.Pairwise.F1));
        metrics.Add(new($"{group}|P", score.Pairwise.Precision));
        metrics.Add(new($"{group}|R", score.Pairwise.Recall));
    }

    // Clustering only (features precomputed), warm, best of three passes over every document.
    private static double ClustererSpeed(DocumentFeatures[] features, double threshold)
    {
        var all = Enumerable.Range(0, features.Length).ToArray();
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            RunReadout(features, all, threshold);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return features.Length / best;
    }
}
