using Readout.Evaluation.Clustering;

namespace Readout.Tests.Evaluation;

/// <summary>BCubed and pairwise scores on a five-document example worked out by hand.</summary>
public sealed class ClusterScoringTests
{
    // Gold: {d1,d2,d3} {d4,d5}. Predicted: {d1,d2} {d3,d4,d5}.
    private static readonly string[] Gold = ["A", "A", "A", "B", "B"];
    private static readonly int[] Predicted = [1, 1, 2, 2, 2];

    [Fact]
    public void BCubed_averages_per_document_precision_and_recall()
    {
        // Precision per document: d1, d2 = 2/2; d3 = 1/3; d4, d5 = 2/3 -> (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15.
        // Recall per document: d1, d2 = 2/3; d3 = 1/3; d4, d5 = 2/2 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
        var score = ClusterScores.BCubed(Gold, Predicted);

        Assert.Equal(11.0 / 15, score.Precision, 9);
        Assert.Equal(11.0 / 15, score.Recall, 9);
        Assert.Equal(11.0 / 15, score.F1, 9);
    }

    [Fact]
    public void Pairwise_counts_document_pairs()
    {
        // Predicted pairs: (d1,d2) (d3,d4) (d3,d5) (d4,d5); right: (d1,d2) (d4,d5). Gold pairs: (d1,d2) (d1,d3) (d2,d3) (d4,d5).
        var score = ClusterScores.Pairwise(Gold, Predicted);

        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
    }

    [Fact]
    public void A_perfect_clustering_scores_one_and_all_singletons_keep_full_precision()
    {
        Assert.Equal(1.0, ClusterScores.BCubed(Gold, [7, 7, 7, 9, 9]).F1, 9);

        var singletons = ClusterScores.BCubed(Gold, [1, 2, 3, 4, 5]);
        Assert.Equal(1.0, singletons.Precision, 9);
        Assert.Equal((1 / 3.0 * 3 + 1 / 2.0 * 2) / 5, singletons.Recall, 9);
    }

    [Fact]
    public void The_threshold_sweep_prefers_the_best_f1_that_keeps_precision()
    {
        // Precision falls and recall rises with a lower threshold; 0.40 is the lowest that keeps precision 0.95.
        var picked = ThresholdSweep.Pick(t => (new PrecisionRecall(t >= 0.40 ? 0.96 : 0.80, 1.2 - t), default));

        Assert.Equal(0.40, picked, 9);
    }
}
