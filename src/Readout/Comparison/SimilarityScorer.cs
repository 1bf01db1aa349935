namespace Readout.Comparison;

/// <summary>
/// How likely two texts say the same thing. Lexical evidence only, made robust to independent translations:
/// words meet on stem or synonym group ("willingness"/"readiness"), or on spelling closeness ("normalising"/"normalization"),
/// weighted by rarity; plus character trigrams, word-order bigrams and number agreement. The features combine
/// in a logistic model whose weights were fitted on the MSRP train split (<c>readout eval paraphrase</c> refits and prints them).
/// </summary>
public sealed class SimilarityScorer(TermWeights weights)
{
    /// <summary>
    /// Fitted on MSRP train (intercept first, then <see cref="SimilarityFeatures.Names"/> in order): printed by
    /// <c>readout eval paraphrase --set msrp</c>, L2 penalty and threshold chosen by 10-fold cross-validation on train.
    /// </summary>
    public static readonly double[] ShippedWeights =
    [
        -0.4203, 1.3045, 2.2407, 2.056, -2.7204, -0.135, -1.1313, 1.2275, -1.6238, -0.6197, -0.3119, -1.3091, 0.1803,
        -0.3555, -1.3131, 2.1933, -0.3747, 1.3255, -0.8844, -4.8291, 13.9952, -6.0407, 0.6393,
    ];

    public double Score(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b) => Probability(Features(a, b), ShippedWeights);

    public SimilarityFeatures Features(IReadOnlyList<ClaimToken> a, IReadOnlyList<ClaimToken> b) => Features(new TextProfile(a), new TextProfile(b));

    public static double Probability(SimilarityFeatures features, double[] model)
    {
        var x = features.Values;
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
            return new SimilarityFeatures(new double[SimilarityFeatures.Names.Length]);
        }

        // Most claim pairs of an event share no word: then no word can match (WordMatch needs a shared key or a shared
        // opening), the soft alignment and key bigrams are exactly 0, and the O(n·m) word loops are skipped.
        var anyWord = a.ContentKeys.Overlaps(b.ContentKeys) || a.SpellingPrefixes.Overlaps(b.SpellingPrefixes);
        var ab = anyWord ? Directed(a.Content, b.Content) : DirectedMatch.None(a.Content);
        var ba = anyWord ? Directed(b.Content, a.Content) : DirectedMatch.None(b.Content);
        var countAb = (double)ab.Matched / a.Content.Length;
        var countBa = (double)ba.Matched / b.Content.Length;
        var lcs = anyWord ? LongestCommonSubsequence(a.Keys, b.Keys) : 0;
        var (bleuAb, bleuBa) = anyWord ? Bleu(a, b) : (0, 0);
        return new SimilarityFeatures([
            (ab.Weighted + ba.Weighted) / 2,
            Math.Min(ab.Weighted, ba.Weighted),
            a.CharGramCosine(b),
            anyWord ? Dice(a.Bigrams, b.Bigrams) : 0,
            a.Numbers.Count == 0 && b.Numbers.Count == 0 ? 1 : Dice(a.Numbers, b.Numbers),
            (double)Math.Min(a.Content.Length, b.Content.Length) / Math.Max(a.Content.Length, b.Content.Length),
            Dice(a.Words, b.Words),
            Math.Min(countAb, countBa),
            Math.Max(countAb, countBa),
            Math.Log(1 + Math.Min(ab.Unmatched, ba.Unmatched)),
            Math.Log(1 + Math.Max(ab.Unmatched, ba.Unmatched)),
            Math.Log(1 + ab.UnmatchedNames + ba.UnmatchedNames),
            Math.Log(1 + Missing(a.Numbers, b.Numbers) + Missing(b.Numbers, a.Numbers)),
            a.Negated != b.Negated ? 1 : 0,
            Dice(a.Grams[1], b.Grams[1]),
            Dice(a.Grams[2], b.Grams[2]),
            Dice(a.Grams[3], b.Grams[3]),
            Math.Min(bleuAb, bleuBa),
            Math.Max(bleuAb, bleuBa),
            (double)lcs / Math.Max(a.Keys.Length, b.Keys.Length),
            (double)lcs / Math.Max(1, Math.Min(a.Keys.Length, b.Keys.Length)),
            Math.Log(1 + Math.Abs(a.Keys.Length - b.Keys.Length)),
        ]);
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

    private DirectedMatch Directed(ClaimToken[] from, ClaimToken[] to)
    {
        double total = 0, weighted = 0;
        int matched = 0, names = 0;
        for (var i = 0; i < from.Length; i++)
        {
            var x = from[i];
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

            weighted += w * best;
            if (best > 0)
            {
                matched++;
            }
            else if (x.Capitalised && (i > 0 || x.Entity is not null))
            {
                names++; // a sentence's first word is capitalised whatever it is
            }
        }

        return new DirectedMatch(total > 0 ? weighted / total : 0, matched, from.Length - matched, names);
    }

    /// <summary>One side's cover by the other: rarity-weighted share, matched and unmatched content words, unmatched names.</summary>
    private readonly record struct DirectedMatch(double Weighted, int Matched, int Unmatched, int UnmatchedNames)
    {
        public static DirectedMatch None(ClaimToken[] from)
        {
            var names = 0;
            for (var i = 0; i < from.Length; i++)
            {
                names += from[i].Capitalised && (i > 0 || from[i].Entity is not null) ? 1 : 0;
            }

            return new DirectedMatch(0, 0, from.Length, names);
        }
    }

    /// <summary>Smoothed geometric mean of the 1..4-gram precisions, each side taken as the candidate (BLEU without brevity penalty).</summary>
    private static (double Ab, double Ba) Bleu(TextProfile a, TextProfile b)
    {
        double logAb = 0, logBa = 0;
        for (var n = 0; n < TextProfile.MaxGram; n++)
        {
            var shared = Shared(a.Grams[n], b.Grams[n]);
            logAb += Math.Log((shared + 1.0) / (a.Grams[n].Count + 1.0));
            logBa += Math.Log((shared + 1.0) / (b.Grams[n].Count + 1.0));
        }

        return (Math.Exp(logAb / TextProfile.MaxGram), Math.Exp(logBa / TextProfile.MaxGram));
    }

    /// <summary>Length of the longest common subsequence of two key sequences (word order kept, gaps allowed).</summary>
    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
        for (var i = 0; i < a.Length; i++)
        {
            var diagonal = 0;
            for (var j = 0; j < b.Length; j++)
            {
                var above = row[j + 1];
                row[j + 1] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? diagonal + 1 : Math.Max(above, row[j]);
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    private static int Missing(HashSet<string> from, HashSet<string> other)
    {
        var missing = 0;
        foreach (var item in from)
        {
            missing += other.Contains(item) ? 0 : 1;
        }

        return missing;
    }

    private static int Shared<T>(HashSet<T> a, HashSet<T> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var item in small)
        {
            if (large.Contains(item))
            {
                shared++;
            }
        }

        return shared;
    }

    internal static double Dice<T>(HashSet<T> a, HashSet<T> b) => a.Count + b.Count == 0 ? 0 : 2.0 * Shared(a, b) / (a.Count + b.Count);

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
