namespace Readout.Comparison;

/// <summary>
/// A light suffix stripper: enough to meet "normalising", "normalize" and "normalization" at one stem and to
/// fold British and American spellings, without a full Porter stemmer's over-reach on names.
/// </summary>
public static class Stemmer
{
    // Longest first; each applies only when at least three letters remain.
    private static readonly string[] Suffixes =
    [
        "izations", "isations", "ization", "isation", "ational", "fulness", "iveness", "ements", "ations", "nesses",
        "ement", "ation", "ments", "ities", "ness", "ment", "ings", "ised", "ized", "ises", "izes", "ising", "izing",
        "ity", "ing", "ise", "ize", "ies", "ied", "ers", "ed", "es", "er", "ly", "s", "e", "y",
    ];

    public static string Stem(string lower)
    {
        if (lower.Length <= 4 || !char.IsLetter(lower[0]))
        {
            return lower;
        }

        // British "-our" ("favour", "labour") and "-tre" ("centre") fold to the American spelling first.
        var word = lower.EndsWith("our", StringComparison.Ordinal) && lower.Length > 5 ? lower[..^3] + "or" : lower;
        word = word.Replace("our", "or", StringComparison.Ordinal).Replace("ll", "l", StringComparison.Ordinal);
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        // A doubled final consonant left by "-ed"/"-ing" ("planned" → "plann") folds to one.
        if (word.Length > 3 && word[^1] == word[^2] && !"aeiou".Contains(word[^1], StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        return word;
    }
}
