using Readout.Clustering.Documents;

namespace Readout.Tools.ClusterFit;

/// <summary>
/// Logs join decisions from incremental runs over the given documents (several arrival orders, several
/// thresholds of the hand-weighted rule, then rounds under the model itself so it also sees the states it
/// leads to) and fits the logistic join model on them.
/// </summary>
internal static class Fitting
{
    public static readonly string[] Notice =
    [
        "# Join model of the document clusterer (logistic regression, name TAB weight), fitted by tools/clusterfit",
        "# on join decisions logged from incremental runs over the ECB+ training topics only.",
        "# ECB+ (Cybulska and Vossen 2014), CC BY 3.0: https://github.com/cltl/ecbPlus — these weights are derived from it.",
    ];

    private static readonly double[] Thresholds = [1.5, 1.73, 2.0];
    private const int Orders = 4;

    public static int MinSize { get; set; }

    public static JoinModel Fit(Corpus corpus, int[] subset, double lambda, int rounds)
    {
        var log = new List<(double[] X, bool Y)>();
        foreach (var threshold in Thresholds)
        {
            for (var seed = 1; seed <= Orders; seed++)
            {
                Runs.Run(corpus, subset, Runs.Shuffled(subset.Length, seed), DocumentClusterOptions.Default with { Threshold = threshold }, log);
            }
        }

        var model = Once(log, lambda);
        for (var round = 0; round < rounds; round++)
        {
            for (var seed = 1; seed <= Orders; seed++)
            {
                Runs.Run(corpus, subset, Runs.Shuffled(subset.Length, seed + 10), DocumentClusterOptions.Default with { Model = model, ModelMinSize = MinSize, Threshold = 1.73 }, log);
            }

            model = Once(log, lambda);
        }

        return model;
    }

    /// <summary>Area under the ROC curve: the chance a right join outranks a wrong one.</summary>
    public static double Auc(IEnumerable<(double Value, bool Y)> items)
    {
        var sorted = items.OrderBy(i => i.Value).ToList();
        double rankSum = 0;
        long positives = 0, negatives = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Y)
            {
                rankSum += i + 1;
                positives++;
            }
            else
            {
                negatives++;
            }
        }

        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    private static JoinModel Once(List<(double[] X, bool Y)> log, double lambda)
    {
        var kept = log.Where(e => 1 / e.X[9] >= MinSize - 1e-9).ToList();
        var (bias, weights) = LogisticFit.Fit([.. kept.Select(e => e.X)], [.. kept.Select(e => e.Y)], lambda);
        return new JoinModel(bias, weights);
    }
}
