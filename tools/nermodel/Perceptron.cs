using System.Globalization;
using Readout.Annotation.Entities.Model;

namespace Readout.Tools.NerModel;

/// <summary>
/// Multi-class averaged perceptron over hashed features (Collins 2002): a mistake moves the gold class's weights
/// up and the predicted class's down; the shipped weights are the average over all steps, which generalises better.
/// </summary>
internal sealed class Perceptron
{
    private const int K = SpanTypeModel.Classes;
    private readonly Dictionary<ulong, double[]> _w = [];
    private readonly Dictionary<ulong, double[]> _total = [];
    private readonly Dictionary<ulong, int[]> _stamp = [];
    private int _step;

    public void Train(IReadOnlyList<Example> examples, int epochs, int seed)
    {
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int e = 0; e < epochs; e++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int i in order)
            {
                _step++;
                var x = examples[i];
                int guess = Predict(x.Features), gold = (int)x.Class;
                if (guess != gold)
                {
                    errors++;
                    foreach (var f in x.Features)
                    {
                        Update(f, gold, 1);
                        Update(f, guess, -1);
                    }
                }
            }

            Console.Error.WriteLine($"epoch {e + 1}: {errors} errors of {examples.Count}");
        }
    }

    /// <summary>Averaged weights as "hash TAB w0 w1 w2 w3" lines, features whose weights all round to zero left out.</summary>
    public IEnumerable<string> Averaged()
    {
        foreach (var (f, w) in _w.OrderBy(p => p.Key))
        {
            var avg = new double[K];
            bool any = false;
            for (int c = 0; c < K; c++)
            {
                double total = _total[f][c] + (_step - _stamp[f][c]) * w[c];
                avg[c] = Math.Round(total / _step, 3);
                any |= avg[c] != 0;
            }

            if (any)
            {
                yield return f.ToString("x16", CultureInfo.InvariantCulture) + "\t" + string.Join(' ', avg.Select(a => a.ToString("0.###", CultureInfo.InvariantCulture)));
            }
        }
    }

    private int Predict(ulong[] features)
    {
        Span<double> scores = stackalloc double[K];
        foreach (var f in features)
        {
            if (_w.TryGetValue(f, out var w))
            {
                for (int c = 0; c < K; c++)
                {
                    scores[c] += w[c];
                }
            }
        }

        int best = 0;
        for (int c = 1; c < K; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private void Update(ulong f, int c, double delta)
    {
        if (!_w.TryGetValue(f, out var w))
        {
            _w[f] = w = new double[K];
            _total[f] = new double[K];
            _stamp[f] = new int[K];
        }

        // Lazy averaging: bank the weight's value over the steps since it last changed.
        _total[f][c] += (_step - _stamp[f][c]) * w[c];
        _stamp[f][c] = _step;
        w[c] += delta;
    }
}
