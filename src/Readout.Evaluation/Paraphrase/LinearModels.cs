namespace Readout.Evaluation.Paraphrase;

/// <summary>
/// Small fitted models over a few dozen features: L2-regularised logistic regression (paraphrase or not) and
/// ridge least squares (a 0–5 similarity grade). Features are standardised for the fit (so one penalty suits
/// them all and Newton's method converges in a few steps); the weights returned apply to the raw features.
/// </summary>
internal static class LinearModels
{
    /// <summary>Logistic weights, intercept first, on the raw features.</summary>
    public static double[] FitLogistic(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double penalty) =>
        Fit(x, y, penalty, logistic: true);

    /// <summary>Ridge least-squares weights, intercept first, on the raw features.</summary>
    public static double[] FitLinear(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double penalty) =>
        Fit(x, y, penalty, logistic: false);

    private static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double penalty, bool logistic)
    {
        var d = x[0].Length;
        var (mean, scale) = Standardisation(x);
        var w = new double[d + 1];
        var z = new double[d + 1];
        // Newton steps on the penalised loss; least squares needs exactly one.
        for (var step = 0; step < (logistic ? 30 : 1); step++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var n = 0; n < x.Count; n++)
            {
                z[0] = 1;
                for (var i = 0; i < d; i++)
                {
                    z[i + 1] = (x[n][i] - mean[i]) / scale[i];
                }

                var s = 0.0;
                for (var i = 0; i <= d; i++)
                {
                    s += w[i] * z[i];
                }

                var (error, curvature) = logistic ? (Sigmoid(s) - y[n], Sigmoid(s) * (1 - Sigmoid(s))) : (s - y[n], 1.0);
                for (var i = 0; i <= d; i++)
                {
                    gradient[i] += error * z[i];
                    for (var k = 0; k <= i; k++)
                    {
                        hessian[i, k] += curvature * z[i] * z[k];
                    }
                }
            }

            for (var i = 0; i <= d; i++)
            {
                for (var k = 0; k < i; k++)
                {
                    hessian[k, i] = hessian[i, k];
                }

                if (i > 0)
                {
                    gradient[i] += penalty * w[i]; // the intercept is not penalised
                    hessian[i, i] += penalty;
                }
            }

            var change = Solve(hessian, gradient);
            var largest = 0.0;
            for (var i = 0; i <= d; i++)
            {
                w[i] -= change[i];
                largest = Math.Max(largest, Math.Abs(change[i]));
            }

            if (largest < 1e-7)
            {
                break;
            }
        }

        // Back to the raw features: w·((x − mean)/scale) = Σ (w/scale)·x − Σ w·mean/scale.
        var raw = new double[d + 1];
        raw[0] = w[0];
        for (var i = 0; i < d; i++)
        {
            raw[i + 1] = w[i + 1] / scale[i];
            raw[0] -= w[i + 1] * mean[i] / scale[i];
        }

        return raw;
    }

    private static (double[] Mean, double[] Scale) Standardisation(IReadOnlyList<double[]> x)
    {
        var d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        foreach (var row in x)
        {
            for (var i = 0; i < d; i++)
            {
                mean[i] += row[i] / x.Count;
            }
        }

        foreach (var row in x)
        {
            for (var i = 0; i < d; i++)
            {
                scale[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / x.Count;
            }
        }

        for (var i = 0; i < d; i++)
        {
            scale[i] = scale[i] > 1e-12 ? Math.Sqrt(scale[i]) : 1; // a constant feature keeps a zero weight
        }

        return (mean, scale);
    }

    /// <summary>Gaussian elimination with partial pivoting; the systems here are 20-odd unknowns.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var m = b.Length;
        for (var c = 0; c < m; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < m; r++)
            {
                pivot = Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]) ? r : pivot;
            }

            for (var k = 0; k < m; k++)
            {
                (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
            }

            (b[c], b[pivot]) = (b[pivot], b[c]);
            for (var r = c + 1; r < m; r++)
            {
                var f = a[r, c] / a[c, c];
                for (var k = c; k < m; k++)
                {
                    a[r, k] -= f * a[c, k];
                }

                b[r] -= f * b[c];
            }
        }

        var x = new double[m];
        for (var r = m - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var k = r + 1; k < m; k++)
            {
                s -= a[r, k] * x[k];
            }

            x[r] = s / a[r, r];
        }

        return x;
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
