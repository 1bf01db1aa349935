namespace Readout.Comparison;

/// <summary>
/// What <see cref="SimilarityScorer"/> needs of one text, computed once: an event's claims are each compared with
/// every claim of every other source, so per-pair work must be merges over sorted fingerprints, not string hashing.
/// </summary>
public sealed class TextProfile
{
    /// <summary>Longest word n-gram compared (BLEU's four).</summary>
    public const int MaxGram = 4;

    private WeightCache? _weights;

    public TextProfile(IReadOnlyList<ClaimToken> tokens)
    {
        Tokens = tokens;
        var content = new List<ClaimToken>(tokens.Count);
        var contentPrints = new List<long>(tokens.Count);
        var words = new List<long>(tokens.Count);
        var numbers = new List<long>();
        KeyPrints = new long[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            KeyPrints[i] = Fingerprint.Of(token.Key);
            words.Add(ReferenceEquals(token.Key, token.Lower) ? KeyPrints[i] : Fingerprint.Of(token.Lower));
            if (token.IsContent)
            {
                content.Add(token);
                contentPrints.Add(KeyPrints[i]);
            }

            if (token.Entity is null && token.Lower.Length > 0 && char.IsDigit(token.Lower[0]))
            {
                numbers.Add(words[^1]);
            }

            Negated ^= WordLists.Negations.Contains(token.Lower);
        }

        Content = [.. content];
        Words = Fingerprint.SortedSet(words);
        Numbers = Fingerprint.SortedSet(numbers);
        ContentPrints = [.. contentPrints];
        SpellingPrefixes = new long[Content.Length];
        var prefixes = new List<long>(Content.Length);
        var bigrams = new List<long>(Content.Length);
        for (var i = 0; i < Content.Length; i++)
        {
            SpellingPrefixes[i] = SpellingPrefix(Content[i]);
            if (SpellingPrefixes[i] != 0)
            {
                prefixes.Add(SpellingPrefixes[i]);
            }

            if (i > 0)
            {
                bigrams.Add(Fingerprint.Combine(ContentPrints[i - 1], ContentPrints[i]));
            }
        }

        ContentKeys = Fingerprint.SortedSet(contentPrints);
        SpellingPrefixSet = Fingerprint.SortedSet(prefixes);
        Bigrams = Fingerprint.SortedSet(bigrams);
        for (var n = 1; n <= MaxGram; n++)
        {
            var grams = new List<long>(Math.Max(0, tokens.Count - n + 1));
            for (var i = 0; i + n <= tokens.Count; i++)
            {
                var print = KeyPrints[i];
                for (var k = i + 1; k < i + n; k++)
                {
                    print = Fingerprint.Combine(print, KeyPrints[k]);
                }

                grams.Add(print);
            }

            Grams[n - 1] = Fingerprint.SortedSet(grams);
        }

        (Trigrams, TrigramCounts, TrigramNorm) = CharTrigrams(Content);
    }

    public IReadOnlyList<ClaimToken> Tokens { get; }

    public ClaimToken[] Content { get; }

    /// <summary>Fingerprint of every token's key, function words included: word order and phrasing live there.</summary>
    public long[] KeyPrints { get; }

    /// <summary>Fingerprint of each content word's key (stem, synonym group or entity), parallel to <see cref="Content"/>.</summary>
    public long[] ContentPrints { get; }

    /// <summary>
    /// Per content word, its first three letters packed when it is long enough for a spelling match (else 0): spelling
    /// variants share their opening ("normalising"/"normalization").
    /// </summary>
    public long[] SpellingPrefixes { get; }

    /// <summary>Distinct content keys: two profiles sharing none, and no <see cref="SpellingPrefixSet"/> entry, cannot align a word.</summary>
    public long[] ContentKeys { get; }

    public long[] SpellingPrefixSet { get; }

    /// <summary>Distinct lower-cased words, function words included.</summary>
    public long[] Words { get; }

    public long[] Numbers { get; }

    /// <summary>Distinct adjacent content-key pairs.</summary>
    public long[] Bigrams { get; }

    /// <summary>Distinct key n-grams over all tokens, n = 1..<see cref="MaxGram"/> (index n − 1).</summary>
    public long[][] Grams { get; } = new long[MaxGram][];

    /// <summary>An odd number of negations: the text denies what it states.</summary>
    public bool Negated { get; }

    /// <summary>Character trigrams of the content words (padded with a space each side), sorted, with their counts.</summary>
    public long[] Trigrams { get; }

    public int[] TrigramCounts { get; }

    public double TrigramNorm { get; }

    /// <summary>Rarity weight of each content word under <paramref name="weights"/>; computed once per weight table.</summary>
    public double[] ContentWeights(TermWeights weights)
    {
        if (_weights is { } cache && cache.Table == weights)
        {
            return cache.Values;
        }

        var values = new double[Content.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = weights.Weight(Content[i].Key);
        }

        _weights = new WeightCache(weights, values);
        return values;
    }

    public double CharGramCosine(TextProfile other)
    {
        if (TrigramNorm == 0 || other.TrigramNorm == 0)
        {
            return 0;
        }

        double dot = 0;
        int i = 0, j = 0;
        while (i < Trigrams.Length && j < other.Trigrams.Length)
        {
            if (Trigrams[i] == other.Trigrams[j])
            {
                dot += (double)TrigramCounts[i++] * other.TrigramCounts[j++];
            }
            else if (Trigrams[i] < other.Trigrams[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot / (TrigramNorm * other.TrigramNorm);
    }

    private static long SpellingPrefix(ClaimToken token) =>
        token.Entity is null && token.Lower.Length >= 5 ? 1L << 48 | (long)token.Lower[0] << 32 | (long)token.Lower[1] << 16 | token.Lower[2] : 0;

    private static (long[] Grams, int[] Counts, double Norm) CharTrigrams(ClaimToken[] content)
    {
        var all = new List<long>();
        foreach (var token in content)
        {
            var word = token.Lower;
            // The padded word " w o r d ": trigram k covers padded positions k..k+2.
            for (var k = 0; k + 3 <= word.Length + 2; k++)
            {
                all.Add((long)Padded(word, k) << 32 | (long)Padded(word, k + 1) << 16 | Padded(word, k + 2));
            }
        }

        all.Sort();
        var grams = new List<long>(all.Count);
        var counts = new List<int>(all.Count);
        foreach (var gram in all)
        {
            if (grams.Count > 0 && grams[^1] == gram)
            {
                counts[^1]++;
            }
            else
            {
                grams.Add(gram);
                counts.Add(1);
            }
        }

        double norm = 0;
        foreach (var count in counts)
        {
            norm += (double)count * count;
        }

        return ([.. grams], [.. counts], Math.Sqrt(norm));

        static char Padded(string word, int k) => k == 0 || k == word.Length + 1 ? ' ' : word[k - 1];
    }

    private sealed record WeightCache(TermWeights Table, double[] Values);
}
