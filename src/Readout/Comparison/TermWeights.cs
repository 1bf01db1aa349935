namespace Readout.Comparison;

/// <summary>
/// Inverse document frequency over a set of texts (an event's claims, a benchmark's sentences): a word that
/// every claim shares ("minister") says less about a match than one only two claims share ("missions").
/// </summary>
public sealed class TermWeights
{
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private int _texts;

    /// <summary>Equal weights: for comparing two texts with no collection around them.</summary>
    public static TermWeights Uniform { get; } = new();

    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);

    public void Add(IEnumerable<ClaimToken> tokens)
    {
        _texts++;
        _weights.Clear();
        foreach (var key in tokens.Where(t => t.IsContent).Select(t => t.Key).Distinct())
        {
            _frequency[key] = _frequency.GetValueOrDefault(key) + 1;
        }
    }

    public double Weight(string key)
    {
        if (_texts == 0)
        {
            return 1.0;
        }

        if (!_weights.TryGetValue(key, out var weight))
        {
            weight = Math.Log((_texts + 1.0) / (_frequency.GetValueOrDefault(key) + 0.5));
            _weights[key] = weight;
        }

        return weight;
    }
}
