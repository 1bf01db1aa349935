namespace Readout.Evaluation.Clustering;

/// <summary>Precision, recall and F1 of one clustering metric.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>
/// BCubed (Bagga and Baldwin 1998; Amigó et al. 2009) and pairwise precision/recall of a predicted clustering
/// against gold classes, both from the contingency counts n(cluster, class).
/// </summary>
public static class ClusterScores
{
    /// <summary>
    /// BCubed: per item, precision = share of its predicted cluster that shares its gold class, recall = share
    /// of its gold class that shares its predicted cluster; both averaged over items.
    /// </summary>
    public static PrecisionRecall BCubed<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        var (cells, clusterSizes, classSizes) = Contingency(gold, predicted);
        if (gold.Count == 0)
        {
            return new PrecisionRecall(0, 0);
        }

        double precision = 0, recall = 0;
        foreach (var ((cluster, @class), n) in cells)
        {
            // Each of the n items in the cell has n/|cluster| precision and n/|class| recall.
            precision += (double)n * n / clusterSizes[cluster];
            recall += (double)n * n / classSizes[@class];
        }

        return new PrecisionRecall(precision / gold.Count, recall / gold.Count);
    }

    /// <summary>Pairwise: precision = same-class pairs among same-cluster pairs; recall = same-cluster pairs among same-class pairs (1 when there are no pairs to get wrong).</summary>
    public static PrecisionRecall Pairwise<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        var (cells, clusterSizes, classSizes) = Contingency(gold, predicted);
        var together = cells.Values.Sum(Pairs);
        var predictedPairs = clusterSizes.Values.Sum(Pairs);
        var goldPairs = classSizes.Values.Sum(Pairs);
        return new PrecisionRecall(predictedPairs > 0 ? together / predictedPairs : 1, goldPairs > 0 ? together / goldPairs : 1);
    }

    private static double Pairs(int n) => n * (n - 1) / 2.0;

    private static (Dictionary<(TPredicted, TGold), int> Cells, Dictionary<TPredicted, int> Clusters, Dictionary<TGold, int> Classes)
        Contingency<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels must be aligned.", nameof(predicted));
        }

        var cells = new Dictionary<(TPredicted, TGold), int>();
        var clusters = new Dictionary<TPredicted, int>();
        var classes = new Dictionary<TGold, int>();
        for (var i = 0; i < gold.Count; i++)
        {
            cells[(predicted[i], gold[i])] = cells.GetValueOrDefault((predicted[i], gold[i])) + 1;
            clusters[predicted[i]] = clusters.GetValueOrDefault(predicted[i]) + 1;
            classes[gold[i]] = classes.GetValueOrDefault(gold[i]) + 1;
        }

        return (cells, clusters, classes);
    }
}
