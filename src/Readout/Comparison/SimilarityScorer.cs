namespace Readout.Comparison;

/// <summary>The pairwise features of two texts, each in 0..1.</summary>
public sealed record SimilarityFeatures(double SoftAlign, double SoftAlignMin, double CharGrams, double Bigrams, double Numbers, double LengthRatio, double Surface)
{
    public double[] ToArray() => [SoftAlign, SoftAlignMin, CharGrams, Bigrams, Numbers, LengthRatio, Surface];
}

/// <summary>
/// How likely two texts say the same thing. Lexical evidence only, made robust to independent translations:
/// words meet on stem or synonym group ("willingness"/"readiness"), or on spelling closeness ("normalising"/"normalization"),
/// weighted by rarity; plus character trigrams, word-order bigrams and number agreement. The features combine
/// in a logistic model whose weights were fitted on the MSRP train split (<c>readout eval paraphrase</c> refits and prints them).
/// </summary>
public sealed class SimilarityScorer(TermWeights weights)
{
    /// <summary>Fitted on MSRP train (intercept first, then <see cref="SimilarityFeatures"/> in order).</summary>
    public static readonly double[] ShippedWeights = [-5.656, 1.598, 3.522, 1.47, -3.004, 0.28, 0.81, 4.035];

    public double Score(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b) => Probability(Features(a, b), ShippedWeights);

    public static double Probability(SimilarityFeatures features, double[] model)
    {
        var x = features.ToArray();
        var z = model[0];
        for (var i = 0; i < x.Length; i++)
        {
            z += model[i + 1] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public SimilarityFeatures Features(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b)
    {
        var ca = a.Where(t => t.IsContent).ToList();
        var cb = b.Where(t => t.IsContent).ToList();
        if (ca.Count == 0 || cb.Count == 0)
        {
            return new SimilarityFeatures(0, 0, 0, 0, 1, 0, 0);
        }

        var ab = Directed(ca, cb);
        var ba = Directed(cb, ca);
        return new SimilarityFeatures(
            (ab + ba) / 2,
            Math.Min(ab, ba),
            CharGramCosine(ca, cb),
            Dice(Bigrams(ca), Bigrams(cb)),
            NumberAgreement(a, b),
            (double)Math.Min(ca.Count, cb.Count) / Math.Max(ca.Count, cb.Count),
            Dice(a.Select(t => t.Lower).ToHashSet(), b.Select(t => t.Lower).ToHashSet()));
    }

    /// <summary>How well two words match: 1 on key (stem, synonym group or entity), else spelling closeness above 0.6.</summary>
    public static double WordMatch(ClaimToken x, ClaimToken y)
    {
        if (x.Key == y.Key)
        {
            return 1;
        }

        if (x.Entity is not null || y.Entity is not null || x.Lower.Length < 5 || y.Lower.Length < 5)
        {
            return 0;
        }

        var sim = BigramDice(x.Lower, y.Lower);
        return sim >= 0.6 ? sim : 0;
    }

    private double Directed(List<ClaimToken> from, List<ClaimToken> to)
    {
        double total = 0, matched = 0;
        foreach (var x in from)
        {
            var w = weights.Weight(x.Key);
            total += w;
            var best = 0.0;
            foreach (var y in to)
            {
                best = Math.Max(best, WordMatch(x, y));
                if (best >= 1)
                {
                    break;
                }
            }

            matched += w * best;
        }

        return total > 0 ? matched / total : 0;
    }

    private static double NumberAgreement(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b)
    {
        var na = a.Where(t => t.Lower.Length > 0 && char.IsDigit(t.Lower[0])).Select(t => t.Lower).ToHashSet();
        var nb = b.Where(t => t.Lower.Length > 0 && char.IsDigit(t.Lower[0])).Select(t => t.Lower).ToHashSet();
        return na.Count == 0 && nb.Count == 0 ? 1 : Dice(na, nb);
    }

    private static HashSet<string> Bigrams(List<ClaimToken> tokens)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            set.Add(tokens[i - 1].Key + " " + tokens[i].Key);
        }

        return set;
    }

    private static double CharGramCosine(List<ClaimToken> a, List<ClaimToken> b)
    {
        var ga = Trigrams(a);
        var gb = Trigrams(b);
        double dot = 0, na = 0, nb = 0;
        foreach (var (gram, count) in ga)
        {
            na += count * count;
            dot += count * gb.GetValueOrDefault(gram);
        }

        foreach (var count in gb.Values)
        {
            nb += count * count;
        }

        return na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
    }

    private static Dictionary<string, int> Trigrams(List<ClaimToken> tokens)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var word = " " + token.Lower + " ";
            for (var i = 0; i + 3 <= word.Length; i++)
            {
                var gram = word.Substring(i, 3);
                grams[gram] = grams.GetValueOrDefault(gram) + 1;
            }
        }

        return grams;
    }

    private static double Dice<T>(HashSet<T> a, HashSet<T> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private static double BigramDice(string a, string b)
    {
        int shared = 0;
        for (var i = 0; i + 1 < a.Length; i++)
        {
            for (var j = 0; j + 1 < b.Length; j++)
            {
                if (a[i] == b[j] && a[i + 1] == b[j + 1])
                {
                    shared++;
                    break;
                }
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
