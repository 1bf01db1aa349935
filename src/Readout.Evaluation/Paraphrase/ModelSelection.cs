namespace Readout.Evaluation.Paraphrase;

/// <summary>
/// Chooses the logistic model's penalty and decision threshold by cross-validation on the training split alone:
/// the test split is scored once, with what was chosen here.
/// </summary>
internal static class ModelSelection
{
    private const int Folds = 10;
    private static readonly double[] Penalties = [0.1, 1, 10, 100];

    /// <summary>The penalty whose out-of-fold F1 is best, the F1-optimal threshold on those out-of-fold scores, and that F1.</summary>
    public static (double Penalty, double Threshold, double F1) Choose(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        var best = (Penalty: Penalties[0], Threshold: 0.5, F1: -1.0);
        foreach (var penalty in Penalties)
        {
            var scores = OutOfFold(x, y, penalty);
            var (threshold, f1) = BestThreshold(scores, y);
            if (f1 > best.F1)
            {
                best = (penalty, threshold, f1);
            }
        }

        return best;
    }

    /// <summary>Each pair scored by a model fitted without its fold (pair i is in fold i mod 10).</summary>
    private static double[] OutOfFold(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double penalty)
    {
        var scores = new double[x.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = Enumerable.Range(0, x.Count).Where(i => i % Folds == fold).ToList();
            var rest = Enumerable.Range(0, x.Count).Where(i => i % Folds != fold).ToList();
            var model = LinearModels.FitLogistic(rest.Select(i => x[i]).ToList(), rest.Select(i => y[i]).ToList(), penalty);
            foreach (var i in inFold)
            {
                scores[i] = LinearModels.Sigmoid(LinearModels.Dot(model, x[i]));
            }
        }

        return scores;
    }

    /// <summary>The threshold (0.20..0.80 by 0.01) that maximises F1 of the positive class.</summary>
    public static (double Threshold, double F1) BestThreshold(IReadOnlyList<double> scores, IReadOnlyList<double> labels)
    {
        var (best, bestF1) = (0.5, -1.0);
        for (var step = 20; step <= 80; step++)
        {
            var t = step / 100.0;
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var predicted = scores[i] >= t;
                var gold = labels[i] > 0.5;
                tp += predicted && gold ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += !predicted && gold ? 1 : 0;
            }

            var f1 = 2.0 * tp / (2 * tp + fp + fn);
            if (f1 > bestF1)
            {
                (best, bestF1) = (t, f1);
            }
        }

        return (best, bestF1);
    }
}
