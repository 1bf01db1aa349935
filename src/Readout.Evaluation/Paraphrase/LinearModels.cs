namespace Readout.Evaluation.Paraphrase;

/// <summary>
/// Tiny fitted models over a handful of features: logistic regression (paraphrase or not) and least squares
/// (a 0–5 similarity grade). Full-batch gradient descent is plenty for eight weights and a few thousand pairs.
/// </summary>
internal static class LinearModels
{
    /// <summary>Weights with the intercept first.</summary>
    public static double[] FitLogistic(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int iterations = 4000, double rate = 0.5) =>
        Fit(x, y, iterations, rate, Sigmoid);

    /// <summary>Least-squares weights, intercept first.</summary>
    public static double[] FitLinear(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int iterations = 6000, double rate = 0.3) =>
        Fit(x, y, iterations, rate, z => z);

    // Both models share the gradient of their loss, (link(w·x) − y)·x: only the link differs.
    private static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int iterations, double rate, Func<double, double> link)
    {
        var w = new double[x[0].Length + 1];
        var gradient = new double[w.Length];
        for (var step = 0; step < iterations; step++)
        {
            Array.Clear(gradient);
            for (var n = 0; n < x.Count; n++)
            {
                var error = link(Dot(w, x[n])) - y[n];
                gradient[0] += error;
                for (var i = 0; i < x[n].Length; i++)
                {
                    gradient[i + 1] += error * x[n][i];
                }
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= rate * gradient[i] / x.Count;
            }
        }

        return w;
    }

    public static double Dot(double[] w, double[] x)
    {
        var z = w[0];
        for (var i = 0; i < x.Length; i++)
        {
            z += w[i + 1] * x[i];
        }

        return z;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    public static double Pearson(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var ma = a.Average();
        var mb = b.Average();
        double cov = 0, va = 0, vb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }

        return va > 0 && vb > 0 ? cov / Math.Sqrt(va * vb) : 0;
    }
}
