using System.Globalization;
using System.Reflection;

namespace Readout.Clustering.Documents;

/// <summary>
/// A learned join decision: logistic regression over <see cref="JoinFeatures"/>, giving the probability that
/// a candidate cluster is the document's event. Fitted by <c>tools/clusterfit</c> on decisions logged from
/// incremental runs over the ECB+ training topics (several arrival orders); the weights ship as
/// <c>Data/join-model.tsv</c> (ECB+ is CC BY 3.0, see the file's notice).
/// </summary>
public sealed class JoinModel
{
    private readonly double[] _weights;
    private readonly double _bias;

    public JoinModel(double bias, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != JoinFeatures.Names.Length)
        {
            throw new ArgumentException($"expected {JoinFeatures.Names.Length} weights", nameof(weights));
        }

        _bias = bias;
        _weights = [.. weights];
    }

    /// <summary>The model fitted on the ECB+ training topics, shipped with the library.</summary>
    public static JoinModel Shipped { get; } = LoadShipped();

    public double Bias => _bias;

    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The log-odds of a join for one candidate's features.</summary>
    public double LogOdds(ReadOnlySpan<double> features)
    {
        var z = _bias;
        for (var i = 0; i < _weights.Length; i++)
        {
            z += _weights[i] * features[i];
        }

        return z;
    }

    /// <summary>Reads "name TAB weight" lines ("bias" for the intercept); '#' lines are notes.</summary>
    public static JoinModel Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = new double[JoinFeatures.Names.Length];
        double bias = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var name = line[..tab];
            var value = double.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            if (name == "bias")
            {
                bias = value;
            }
            else
            {
                var index = Array.IndexOf(JoinFeatures.Names, name);
                if (index < 0)
                {
                    throw new FormatException($"unknown join feature '{name}'");
                }

                weights[index] = value;
            }
        }

        return new JoinModel(bias, weights);
    }

    /// <summary>The model as "name TAB weight" lines, the format <see cref="Parse"/> reads.</summary>
    public IEnumerable<string> Lines()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"bias\t{_bias:R}");
        for (var i = 0; i < _weights.Length; i++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{JoinFeatures.Names[i]}\t{_weights[i]:R}");
        }
    }

    private static JoinModel LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Readout.Clustering.Documents.Data.join-model.tsv")
            ?? throw new InvalidOperationException("join-model.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }
}
