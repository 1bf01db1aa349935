namespace Readout.Tools.ClusterFit;

/// <summary>L2-regularised logistic regression by Newton's method on standardised features; weights returned on the raw scale.</summary>
internal static class LogisticFit
{
    public static (double Bias, double[] Weights) Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double lambda, double positiveWeight = 1)
    {
        var d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j] / x.Count;
            }
        }

        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.Count;
            }
        }

        for (var j = 0; j < d; j++)
        {
            scale[j] = scale[j] > 1e-12 ? Math.Sqrt(scale[j]) : 1;
        }

        var w = new double[d + 1]; // w[d] is the bias
        var z = new double[d + 1];
        for (var iteration = 0; iteration < 30; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var n = 0; n < x.Count; n++)
            {
                for (var j = 0; j < d; j++)
                {
                    z[j] = (x[n][j] - mean[j]) / scale[j];
                }

                z[d] = 1;
                double t = 0;
                for (var j = 0; j <= d; j++)
                {
                    t += w[j] * z[j];
                }

                var p = 1 / (1 + Math.Exp(-t));
                var c = y[n] ? positiveWeight : 1;
                var r = c * (p - (y[n] ? 1 : 0));
                var s = c * p * (1 - p);
                for (var j = 0; j <= d; j++)
                {
                    gradient[j] += r * z[j];
                    for (var k = 0; k <= d; k++)
                    {
                        hessian[j, k] += s * z[j] * z[k];
                    }
                }
            }

            for (var j = 0; j < d; j++)
            {
                gradient[j] += lambda * w[j];
                hessian[j, j] += lambda;
            }

            hessian[d, d] += 1e-9;
            var step = Solve(hessian, gradient);
            double change = 0;
            for (var j = 0; j <= d; j++)
            {
                w[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        var weights = new double[d];
        var bias = w[d];
        for (var j = 0; j < d; j++)
        {
            weights[j] = w[j] / scale[j];
            bias -= weights[j] * mean[j];
        }

        return (bias, weights);
    }

    // Gaussian elimination with partial pivoting.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var row = col + 1; row < n; row++)
            {
                var f = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= f * m[col, k];
                }

                v[row] -= f * v[col];
            }
        }

        var result = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var s = v[row];
            for (var k = row + 1; k < n; k++)
            {
                s -= m[row, k] * result[k];
            }

            result[row] = s / m[row, row];
        }

        return result;
    }
}
