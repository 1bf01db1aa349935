namespace Readout.Evaluation.Annotation;

/// <summary>conlleval's per-type tallies: gold chunks, predicted chunks and exact matches (span and type), micro-averaged over chosen types.</summary>
public sealed class EntityCounts
{
    private readonly Dictionary<string, (int Gold, int Found, int Correct)> _byType = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<EntityChunk> gold, IReadOnlyList<EntityChunk> predicted)
    {
        var goldSet = gold.ToHashSet();
        foreach (var g in gold)
        {
            Bump(g.Type, 1, 0, 0);
        }

        foreach (var p in predicted.Distinct())
        {
            Bump(p.Type, 0, 1, goldSet.Contains(p) ? 1 : 0);
        }
    }

    public double Precision(IReadOnlyCollection<string> types)
    {
        var (_, found, correct) = Sum(types);
        return found > 0 ? (double)correct / found : 0;
    }

    public double Recall(IReadOnlyCollection<string> types)
    {
        var (gold, _, correct) = Sum(types);
        return gold > 0 ? (double)correct / gold : 0;
    }

    public int Gold(IReadOnlyCollection<string> types) => Sum(types).Gold;

    public int Found(IReadOnlyCollection<string> types) => Sum(types).Found;

    public int Correct(IReadOnlyCollection<string> types) => Sum(types).Correct;

    public double F1(IReadOnlyCollection<string> types)
    {
        var (gold, found, correct) = Sum(types);
        return gold + found > 0 ? 2.0 * correct / (gold + found) : 0;
    }

    private (int Gold, int Found, int Correct) Sum(IReadOnlyCollection<string> types)
    {
        int gold = 0, found = 0, correct = 0;
        foreach (var t in types)
        {
            if (_byType.TryGetValue(t, out var c))
            {
                (gold, found, correct) = (gold + c.Gold, found + c.Found, correct + c.Correct);
            }
        }

        return (gold, found, correct);
    }

    private void Bump(string type, int gold, int found, int correct)
    {
        var c = _byType.GetValueOrDefault(type);
        _byType[type] = (c.Gold + gold, c.Found + found, c.Correct + correct);
    }
}
