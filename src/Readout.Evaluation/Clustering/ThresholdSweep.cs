namespace Readout.Evaluation.Clustering;

/// <summary>Picks a clustering threshold on training data, precision first.</summary>
public static class ThresholdSweep
{
    /// <summary>Training BCubed precision a threshold must keep to be eligible (when any threshold does).</summary>
    public const double MinPrecision = 0.95;

    /// <summary>The threshold in 0.05..2.50 (step 0.01; the combined score can exceed 1) with the best training BCubed F1 among those keeping <see cref="MinPrecision"/>.</summary>
    public static double Pick(Func<double, (PrecisionRecall BCubed, PrecisionRecall Pairwise)> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var results = Enumerable.Range(5, 246).Select(i => i / 100.0).Select(t => (Threshold: t, Score: score(t).BCubed)).ToList();
        var eligible = results.Where(r => r.Score.Precision >= MinPrecision).ToList();
        return (eligible.Count > 0 ? eligible : results).OrderByDescending(r => r.Score.F1).ThenBy(r => r.Threshold).First().Threshold;
    }
}
