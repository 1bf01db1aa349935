namespace Readout.Comparison;

/// <summary>
/// What <see cref="SimilarityScorer"/> needs of one text, computed once: an event's claims are each compared with
/// every claim of every other source, so rebuilding trigram tables per pair would dominate the run.
/// </summary>
public sealed class TextProfile
{
    public TextProfile(IReadOnlyList<ClaimToken> tokens)
    {
        Tokens = tokens;
        Content = tokens.Where(t => t.IsContent).ToArray();
        Words = tokens.Select(t => t.Lower).ToHashSet(StringComparer.Ordinal);
        Numbers = tokens.Where(t => t.Entity is null && t.Lower.Length > 0 && char.IsDigit(t.Lower[0])).Select(t => t.Lower).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < Content.Length; i++)
        {
            Bigrams.Add(Content[i - 1].Key + " " + Content[i].Key);
        }

        foreach (var token in Content)
        {
            var word = " " + token.Lower + " ";
            for (var i = 0; i + 3 <= word.Length; i++)
            {
                var gram = word.Substring(i, 3);
                Trigrams[gram] = Trigrams.GetValueOrDefault(gram) + 1;
            }
        }

        TrigramNorm = Math.Sqrt(Trigrams.Values.Sum(c => (double)c * c));
        ContentKeys = Content.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        Keys = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Keys[i] = tokens[i].Key;
            Negated ^= WordLists.Negations.Contains(tokens[i].Lower);
        }

        for (var n = 1; n <= MaxGram; n++)
        {
            var grams = new HashSet<long>(Math.Max(0, Keys.Length - n + 1));
            for (var i = 0; i + n <= Keys.Length; i++)
            {
                long hash = 17;
                for (var k = i; k < i + n; k++)
                {
                    hash = (hash * 1_000_003) ^ (uint)Keys[k].GetHashCode();
                }

                grams.Add(hash);
            }

            Grams[n - 1] = grams;
        }
        SpellingPrefixes = Content.Where(t => t.Entity is null && t.Lower.Length >= 5).Select(t => t.Lower[..3]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Keys of the content words: two profiles sharing none, and no <see cref="SpellingPrefixes"/>, cannot align a word.</summary>
    public HashSet<string> ContentKeys { get; }

    /// <summary>Opening letters of the words long enough for a spelling match (<see cref="SimilarityScorer.WordMatch"/>).</summary>
    public HashSet<string> SpellingPrefixes { get; }

    public IReadOnlyList<ClaimToken> Tokens { get; }

    /// <summary>Longest word n-gram compared (BLEU's four).</summary>
    public const int MaxGram = 4;

    /// <summary>The key of every token, function words included: word order and phrasing live there.</summary>
    public string[] Keys { get; }

    /// <summary>Hashes of the key n-grams, n = 1..<see cref="MaxGram"/> (index n − 1).</summary>
    public HashSet<long>[] Grams { get; } = new HashSet<long>[MaxGram];

    /// <summary>An odd number of negations: the text denies what it states.</summary>
    public bool Negated { get; }

    public ClaimToken[] Content { get; }

    public HashSet<string> Words { get; }

    public HashSet<string> Numbers { get; }

    public HashSet<string> Bigrams { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Trigrams { get; } = new(StringComparer.Ordinal);

    public double TrigramNorm { get; }

    public double CharGramCosine(TextProfile other)
    {
        if (TrigramNorm == 0 || other.TrigramNorm == 0)
        {
            return 0;
        }

        var (small, large) = Trigrams.Count <= other.Trigrams.Count ? (Trigrams, other.Trigrams) : (other.Trigrams, Trigrams);
        double dot = 0;
        foreach (var (gram, count) in small)
        {
            dot += count * large.GetValueOrDefault(gram);
        }

        return dot / (TrigramNorm * other.TrigramNorm);
    }
}
