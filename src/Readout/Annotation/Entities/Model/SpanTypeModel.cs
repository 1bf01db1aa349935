using System.Globalization;

namespace Readout.Annotation.Entities.Model;

/// <summary>The classes the span typer chooses between; <see cref="None"/> is "not a person, place or organisation".</summary>
internal enum SpanClass
{
    None,
    Person,
    Place,
    Organization,
}

/// <summary>
/// A linear model over hashed span features: one weight per feature and class. The shipped weights
/// (<c>Data/span-typer.tsv.gz</c>, one "hash TAB w0 w1 w2 w3" line per feature) are written by
/// <c>tools/nermodel</c>; this type only loads and scores.
/// </summary>
internal sealed class SpanTypeModel
{
    public const int Classes = 4;
    public const string ShippedFile = "span-typer.tsv.gz";

    private static readonly Lazy<SpanTypeModel> ShippedModel = new(() => Load(EmbeddedData.Lines(ShippedFile)));
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public SpanTypeModel(Dictionary<ulong, int> rows, float[] weights) => (_rows, _weights) = (rows, weights);

    public static SpanTypeModel Shipped => ShippedModel.Value;

    public int FeatureCount => _rows.Count;

    public static SpanTypeModel Load(IEnumerable<string> lines)
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t', ' ');
            rows[ulong.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = weights.Count;
            for (int c = 0; c < Classes; c++)
            {
                weights.Add(float.Parse(fields[1 + c], CultureInfo.InvariantCulture));
            }
        }

        return new SpanTypeModel(rows, [.. weights]);
    }

    /// <summary>Adds each known feature's weights into <paramref name="scores"/> (one slot per class).</summary>
    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out int row))
            {
                for (int c = 0; c < Classes; c++)
                {
                    scores[c] += _weights[row + c];
                }
            }
        }
    }

    /// <summary>The best class and its lead over the runner-up.</summary>
    public (SpanClass Class, float Margin) Classify(List<ulong> features)
    {
        Span<float> scores = stackalloc float[Classes];
        Score(features, scores);
        int best = 0;
        for (int c = 1; c < Classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        float second = float.NegativeInfinity;
        for (int c = 0; c < Classes; c++)
        {
            if (c != best && scores[c] > second)
            {
                second = scores[c];
            }
        }

        return ((SpanClass)best, scores[best] - second);
    }
}
