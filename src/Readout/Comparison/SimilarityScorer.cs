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
        -0.6876, 1.2616, 2.1777, 2.0086, -2.7124, -0.137, -1.0234, 1.2278, -1.4683, -0.483, -0.2897, -1.2443, 0.1768,
        -0.3582, -1.3061, 1.9567, -0.3787, 1.0709, 0.4293, -5.3863, 12.3122, -4.6619, 0.5445,
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

        // Most claim pairs of an event share no word: then no word can match (a match needs a shared key or a shared
        // opening), the alignment, key bigrams, n-grams beyond function words and LCS are skipped.
        var anyWord = Fingerprint.Shared(a.ContentKeys, b.ContentKeys) > 0 || Fingerprint.Shared(a.SpellingPrefixSet, b.SpellingPrefixSet) > 0;
        var (ab, ba) = anyWord ? Align(a, b) : (DirectedMatch.None(a.Content), DirectedMatch.None(b.Content));
        var countAb = (double)ab.Matched / a.Content.Length;
        var countBa = (double)ba.Matched / b.Content.Length;
        var lcs = anyWord ? LongestCommonSubsequence(a.KeyPrints, b.KeyPrints) : 0;
        var (bleuAb, bleuBa) = anyWord ? Bleu(a, b) : (0, 0);
        return new SimilarityFeatures([
            (ab.Weighted + ba.Weighted) / 2,
            Math.Min(ab.Weighted, ba.Weighted),
            a.CharGramCosine(b),
            anyWord ? Fingerprint.Dice(a.Bigrams, b.Bigrams) : 0,
            a.Numbers.Length == 0 && b.Numbers.Length == 0 ? 1 : Fingerprint.Dice(a.Numbers, b.Numbers),
            (double)Math.Min(a.Content.Length, b.Content.Length) / Math.Max(a.Content.Length, b.Content.Length),
            Fingerprint.Dice(a.Words, b.Words),
            Math.Min(countAb, countBa),
            Math.Max(countAb, countBa),
            Math.Log(1 + Math.Min(ab.Unmatched, ba.Unmatched)),
            Math.Log(1 + Math.Max(ab.Unmatched, ba.Unmatched)),
            Math.Log(1 + ab.UnmatchedNames + ba.UnmatchedNames),
            Math.Log(1 + a.Numbers.Length + b.Numbers.Length - 2 * Fingerprint.Shared(a.Numbers, b.Numbers)),
            a.Negated != b.Negated ? 1 : 0,
            Fingerprint.Dice(a.Grams[1], b.Grams[1]),
            Fingerprint.Dice(a.Grams[2], b.Grams[2]),
            Fingerprint.Dice(a.Grams[3], b.Grams[3]),
            Math.Min(bleuAb, bleuBa),
            Math.Max(bleuAb, bleuBa),
            (double)lcs / Math.Max(a.KeyPrints.Length, b.KeyPrints.Length),
            (double)lcs / Math.Max(1, Math.Min(a.KeyPrints.Length, b.KeyPrints.Length)),
            Math.Log(1 + Math.Abs(a.KeyPrints.Length - b.KeyPrints.Length)),
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

        return SpellingMatch(x.Lower, y.Lower);
    }

    /// <summary>Spelling closeness of two words, kept when above 0.6 (else 0).</summary>
    private static double SpellingMatch(string x, string y)
    {
        var sim = BigramDice(x, y);
        return sim >= 0.6 ? sim : 0;
    }

    /// <summary>
    /// Each side's cover by the other, from one pass over the word pairs: a word's match is its best
    /// <see cref="WordMatch"/> on the other side (keys compared by fingerprint).
    /// </summary>
    private (DirectedMatch Ab, DirectedMatch Ba) Align(TextProfile a, TextProfile b)
    {
        var (n, m) = (a.Content.Length, b.Content.Length);
        Span<double> bestB = m <= 256 ? stackalloc double[m] : new double[m];
        bestB.Clear();
        var (weightsA, weightsB) = (a.ContentWeights(weights), b.ContentWeights(weights));
        double totalA = 0, weightedA = 0;
        int matchedA = 0, namesA = 0;
        for (var i = 0; i < n; i++)
        {
            var best = 0.0;
            for (var j = 0; j < m; j++)
            {
                var match = a.ContentPrints[i] == b.ContentPrints[j] ? 1
                    : a.SpellingPrefixes[i] != 0 && a.SpellingPrefixes[i] == b.SpellingPrefixes[j] ? SpellingMatch(a.Content[i].Lower, b.Content[j].Lower)
                    : 0;
                best = Math.Max(best, match);
                bestB[j] = Math.Max(bestB[j], match);
            }

            totalA += weightsA[i];
            weightedA += weightsA[i] * best;
            matchedA += best > 0 ? 1 : 0;
            namesA += best == 0 && IsName(a.Content, i) ? 1 : 0;
        }

        double totalB = 0, weightedB = 0;
        int matchedB = 0, namesB = 0;
        for (var j = 0; j < m; j++)
        {
            totalB += weightsB[j];
            weightedB += weightsB[j] * bestB[j];
            matchedB += bestB[j] > 0 ? 1 : 0;
            namesB += bestB[j] == 0 && IsName(b.Content, j) ? 1 : 0;
        }

        return (new DirectedMatch(totalA > 0 ? weightedA / totalA : 0, matchedA, n - matchedA, namesA),
            new DirectedMatch(totalB > 0 ? weightedB / totalB : 0, matchedB, m - matchedB, namesB));
    }

    /// <summary>A capitalised word past the first (a sentence's first word is capitalised whatever it is), or an entity.</summary>
    private static bool IsName(ClaimToken[] content, int i) => content[i].Capitalised && (i > 0 || content[i].Entity is not null);

    /// <summary>One side's cover by the other: rarity-weighted share, matched and unmatched content words, unmatched names.</summary>
    private readonly record struct DirectedMatch(double Weighted, int Matched, int Unmatched, int UnmatchedNames)
    {
        public static DirectedMatch None(ClaimToken[] from)
        {
            var names = 0;
            for (var i = 0; i < from.Length; i++)
            {
                names += IsName(from, i) ? 1 : 0;
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
            var shared = Fingerprint.Shared(a.Grams[n], b.Grams[n]);
            logAb += Math.Log((shared + 1.0) / (a.Grams[n].Length + 1.0));
            logBa += Math.Log((shared + 1.0) / (b.Grams[n].Length + 1.0));
        }

        return (Math.Exp(logAb / TextProfile.MaxGram), Math.Exp(logBa / TextProfile.MaxGram));
    }

    /// <summary>Length of the longest common subsequence of two key sequences (word order kept, gaps allowed).</summary>
    private static int LongestCommonSubsequence(long[] a, long[] b)
    {
        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
        for (var i = 0; i < a.Length; i++)
        {
            var diagonal = 0;
            for (var j = 0; j < b.Length; j++)
            {
                var above = row[j + 1];
                row[j + 1] = a[i] == b[j] ? diagonal + 1 : Math.Max(above, row[j]);
                diagonal = above;
            }
        }

        return row[b.Length];
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
