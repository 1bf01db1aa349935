namespace Readout.Annotation.Entities;

/// <summary>
/// Generic acronym ↔ long-form matching. Strict initials serve as a cross-document key
/// ("Intermediate-Range Nuclear Forces" → "INF"); the flexible match lets each word contribute a prefix,
/// so "START" matches "Strategic Arms Reduction Treaty" (ST-A-R-T) within one document.
/// </summary>
internal static class Acronym
{
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "on", "the", "and", "for", "in", "to", "between" };

    /// <summary>Initials of the significant words; a hyphenated compound counts once.</summary>
    public static string Initials(IEnumerable<string> words)
    {
        var chars = new List<char>();
        foreach (var w in words)
        {
            if (!Minor.Contains(w) && w.Length > 0 && char.IsLetter(w[0]))
            {
                chars.Add(char.ToUpperInvariant(w[0]));
            }
        }

        return new string([.. chars]);
    }

    public static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>True when <paramref name="acronym"/> can be spelled by prefixes of <paramref name="words"/> in order, each used.</summary>
    public static bool Matches(string acronym, IReadOnlyList<string> words)
    {
        var significant = words.Where(w => !Minor.Contains(w)).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return significant.Length > 1 && Match(acronym.ToUpperInvariant(), 0, significant, 0);
    }

    private static bool Match(string acronym, int a, string[] words, int w)
    {
        if (w == words.Length)
        {
            return a == acronym.Length;
        }

        // Each remaining word must contribute at least its first letter.
        string word = words[w].ToUpperInvariant();
        for (int take = 1; take <= word.Length && a + take <= acronym.Length; take++)
        {
            if (word[take - 1] != acronym[a + take - 1])
            {
                break;
            }

            if (Match(acronym, a + take, words, w + 1))
            {
                return true;
            }
        }

        return false;
    }
}
