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
    public static readonly double[] ShippedWeights = [-5.678, 1.438, 3.525, 1.661, -3.029, 0.282, 0.823, 4.055];

    public double Score(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b) => Probability(Features(a, b), ShippedWeights);

    public SimilarityFeatures Features(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b) => Features(new TextProfile(a), new TextProfile(b));

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

    public SimilarityFeatures Features(TextProfile a, TextProfile b)
    {
        if (a.Content.Length == 0 || b.Content.Length == 0)
        {
            return new SimilarityFeatures(0, 0, 0, 0, 1, 0, 0);
        }

        // Most claim pairs of an event share no word: then no word can match (WordMatch needs a shared key or a shared
        // opening), the soft alignment and key bigrams are exactly 0, and the O(n·m) word loops are skipped.
        var anyWord = a.ContentKeys.Overlaps(b.ContentKeys) || a.SpellingPrefixes.Overlaps(b.SpellingPrefixes);
        var ab = anyWord ? Directed(a.Content, b.Content) : 0;
        var ba = anyWord ? Directed(b.Content, a.Content) : 0;
        return new SimilarityFeatures(
            (ab + ba) / 2,
            Math.Min(ab, ba),
            a.CharGramCosine(b),
            anyWord ? Dice(a.Bigrams, b.Bigrams) : 0,
            a.Numbers.Count == 0 && b.Numbers.Count == 0 ? 1 : Dice(a.Numbers, b.Numbers),
            (double)Math.Min(a.Content.Length, b.Content.Length) / Math.Max(a.Content.Length, b.Content.Length),
            Dice(a.Words, b.Words));
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

        // Spelling variants share their opening ("normalising"/"normalization"): a cheap gate before the bigram count.
        if (x.Lower[0] != y.Lower[0] || x.Lower[1] != y.Lower[1] || x.Lower[2] != y.Lower[2])
        {
            return 0;
        }

        var sim = BigramDice(x.Lower, y.Lower);
        return sim >= 0.6 ? sim : 0;
    }

    private double Directed(ClaimToken[] from, ClaimToken[] to)
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

    internal static double Dice<T>(HashSet<T> a, HashSet<T> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var item in small)
        {
            if (large.Contains(item))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

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
