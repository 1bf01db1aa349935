namespace Readout.Tools.ClusterFit;

/// <summary>Gradient-boosted depth-2 trees on the logistic loss (experiment: can a non-linear join decision rank better than the score?).</summary>
internal sealed class BoostedTrees
{
    private readonly List<(int F0, double T0, int F1, double T1, int F2, double T2, double[] Leaf)> _trees = [];
    private double _base;

    public static BoostedTrees Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, int rounds = 100, double rate = 0.1, int minLeaf = 10)
    {
        var model = new BoostedTrees();
        var positives = y.Count(v => v);
        model._base = Math.Log((positives + 1.0) / (y.Count - positives + 1.0));
        var f = x.Select(_ => model._base).ToArray();
        var d = x[0].Length;
        var cuts = Enumerable.Range(0, d).Select(j => x.Select(r => r[j]).Distinct().Order().ToArray()).Select(v => Enumerable.Range(1, 15).Select(q => v[q * (v.Length - 1) / 16]).Distinct().ToArray()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var g = new double[x.Count];
            var h = new double[x.Count];
            for (var n = 0; n < x.Count; n++)
            {
                var p = 1 / (1 + Math.Exp(-f[n]));
                g[n] = (y[n] ? 1 : 0) - p;
                h[n] = Math.Max(p * (1 - p), 1e-6);
            }

            var all = Enumerable.Range(0, x.Count).ToArray();
            var (f0, t0) = Split(x, g, h, all, cuts, minLeaf);
            var left = all.Where(n => x[n][f0] <= t0).ToArray();
            var right = all.Where(n => x[n][f0] > t0).ToArray();
            var (f1, t1) = Split(x, g, h, left, cuts, minLeaf);
            var (f2, t2) = Split(x, g, h, right, cuts, minLeaf);
            var leaf = new double[4];
            var sums = new double[4, 2];
            for (var n = 0; n < x.Count; n++)
            {
                var l = Leaf(x[n], f0, t0, f1, t1, f2, t2);
                sums[l, 0] += g[n];
                sums[l, 1] += h[n];
            }

            for (var l = 0; l < 4; l++)
            {
                leaf[l] = rate * sums[l, 0] / (sums[l, 1] + 1);
            }

            model._trees.Add((f0, t0, f1, t1, f2, t2, leaf));
            for (var n = 0; n < x.Count; n++)
            {
                f[n] += leaf[Leaf(x[n], f0, t0, f1, t1, f2, t2)];
            }
        }

        return model;
    }

    public double LogOdds(double[] row)
    {
        var z = _base;
        foreach (var (f0, t0, f1, t1, f2, t2, leaf) in _trees)
        {
            z += leaf[Leaf(row, f0, t0, f1, t1, f2, t2)];
        }

        return z;
    }

    private static int Leaf(double[] row, int f0, double t0, int f1, double t1, int f2, double t2) =>
        row[f0] <= t0 ? (row[f1] <= t1 ? 0 : 1) : (row[f2] <= t2 ? 2 : 3);

    // The split with the largest gain in the second-order approximation of the loss.
    private static (int Feature, double Threshold) Split(IReadOnlyList<double[]> x, double[] g, double[] h, int[] rows, double[][] cuts, int minLeaf)
    {
        double gSum = rows.Sum(n => g[n]), hSum = rows.Sum(n => h[n]);
        var best = (Feature: 0, Threshold: double.MaxValue, Gain: 0.0);
        for (var j = 0; j < cuts.Length; j++)
        {
            foreach (var t in cuts[j])
            {
                double gl = 0, hl = 0;
                var count = 0;
                foreach (var n in rows)
                {
                    if (x[n][j] <= t)
                    {
                        gl += g[n];
                        hl += h[n];
                        count++;
                    }
                }

                if (count < minLeaf || rows.Length - count < minLeaf)
                {
                    continue;
                }

                var gain = (gl * gl / (hl + 1)) + ((gSum - gl) * (gSum - gl) / (hSum - hl + 1)) - (gSum * gSum / (hSum + 1));
                if (gain > best.Gain)
                {
                    best = (j, t, gain);
                }
            }
        }

        return (best.Feature, best.Threshold);
    }
}
