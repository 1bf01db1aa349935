using System.Diagnostics;

namespace Readout.Evaluation.Clustering;

/// <summary>How a document's text is rebuilt for the seminal-sentence oracle.</summary>
public enum SeminalText
{
    /// <summary>The document as shipped runs see it (the reference row).</summary>
    Full,

    /// <summary>Only the annotated sentences; the headline only when it is one of them.</summary>
    AnnotatedOnly,

    /// <summary>Only the annotated sentences, under the document's own headline whether annotated or not.</summary>
    AnnotatedUnderHeadline,

    /// <summary>The whole document with the annotated sentences appended once more, so their terms count twice.</summary>
    AnnotatedTwice,
}

/// <summary>
/// Upper bound, not a result: would the clusterer separate ECB+'s look-alike sub-topics if each document's features
/// came from the sentences about its own event? Uses the annotators' (gold) sentence selection on the training and dev
/// topics; the threshold is re-swept on the training topics by <see cref="ThresholdSweep"/> for each text variant.
/// </summary>
public static class SeminalSentenceOracle
{
    // Coarse grid for the precision-first curve (3-order means), as in the quality notes.
    private static readonly double[] CurveThresholds = [.. Enumerable.Range(0, 27).Select(i => 1.30 + (i * 0.05))];

    public static EvaluationResult Evaluate(string dataDir)
    {
        var clock = Stopwatch.StartNew();
        var documents = ClusteringCorpus.ReadEcbPlus(dataDir);
        var split = EcbPlusSplit.Load(dataDir);
        var seminal = EcbPlusSeminalSentences.Load(dataDir, "Train", "Dev");

        // Train and dev documents only; indices below are into this list.
        var tuning = documents.Where(d => split.Train.Contains(d.Topic) || split.Dev.Contains(d.Topic)).ToList();
        var train = Enumerable.Range(0, tuning.Count).Where(i => split.Train.Contains(tuning[i].Topic)).ToArray();
        var dev = Enumerable.Range(0, tuning.Count).Where(i => split.Dev.Contains(tuning[i].Topic)).ToArray();

        var metrics = new List<MetricValue>();
        foreach (var variant in Enum.GetValues<SeminalText>())
        {
            var features = ClusteringFeatures.Build([.. tuning.Select(d => Rewrite(d, seminal.Of(d.Name), variant))]);
            var threshold = ThresholdSweep.Pick(t => DocumentClusteringEvaluator.Score(tuning, train, DocumentClusteringEvaluator.RunReadout(features, train, t)));
            metrics.Add(new($"{variant}|threshold", threshold));
            foreach (var (name, subset) in new[] { ("train", train), ("dev", dev) })
            {
                var mean = DocumentClusteringEvaluator.MeanOverOrders(tuning, features, subset, threshold);
                metrics.Add(new($"{variant}|{name} B3 F1", mean.F1));
                metrics.Add(new($"{variant}|P", mean.Precision));
                metrics.Add(new($"{variant}|R", mean.Recall));
            }

            foreach (var (name, subset) in new[] { ("train", train), ("dev", dev) })
            {
                var curve = CurveThresholds.Select(t => DocumentClusteringEvaluator.MeanOverOrders(tuning, features, subset, t)).ToList();
                metrics.Add(new($"{variant}|{name} F1 at P>=0.95", curve.Where(c => c.Precision >= 0.95).Select(c => c.F1).DefaultIfEmpty().Max()));
                metrics.Add(new($"{variant}|at P>=0.98", curve.Where(c => c.Precision >= 0.98).Select(c => c.F1).DefaultIfEmpty().Max()));
            }
        }

        return new EvaluationResult("ecbplus-seminal-oracle", metrics, tuning.Count, clock.Elapsed);
    }

    /// <summary>The document as the variant sees it; a document without annotated sentences stays whole.</summary>
    public static ClusteringDocument Rewrite(ClusteringDocument document, IReadOnlyList<(int Number, string Text)> annotated, SeminalText variant)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(annotated);
        if (variant == SeminalText.Full || annotated.Count == 0)
        {
            return document;
        }

        if (variant == SeminalText.AnnotatedTwice)
        {
            return document with { Text = document.Text + "\n" + string.Join("\n", annotated.Select(s => s.Text)) };
        }

        var sentences = string.Join("\n", annotated.Where(s => s.Number != EcbPlusSeminalSentences.HeadlineSentence).Select(s => s.Text));
        var headline = annotated.FirstOrDefault(s => s.Number == EcbPlusSeminalSentences.HeadlineSentence).Text ?? "";
        return variant == SeminalText.AnnotatedUnderHeadline
            ? document with { Text = sentences.Length > 0 ? sentences : document.Title }
            : document with { Title = headline, Text = sentences.Length > 0 ? sentences : headline };
    }
}
