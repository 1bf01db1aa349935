using System.Globalization;
using System.Text;

namespace Readout.Storage;

/// <summary>A search word as matched: lower-cased, diacritics folded; a prefix term matches any word it starts.</summary>
public readonly record struct SearchTerm(string Folded, bool Prefix)
{
    /// <summary>
    /// The words of user text, as the FTS query reads them: runs of letters, digits, '_' and combining marks;
    /// a '*' right after a word makes it a prefix. At most 32.
    /// </summary>
    public static List<SearchTerm> Parse(string? text)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var start = -1;
        for (var i = 0; i <= text.Length && terms.Count < 32; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (SearchSnippet.IsWordChar(c))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                terms.Add(new SearchTerm(SearchSnippet.Fold(text.AsSpan(start, i - start)), c == '*'));
                start = -1;
            }
        }

        return terms;
    }
}

/// <summary>
/// Highlighted excerpts made from a stored text: the window of <see cref="Words"/> words holding the most distinct
/// query words, matches wrapped in <see cref="SearchMarkers"/>. One pass over the text's characters, no
/// tokenizer and no index read: the snippet costs the same whichever engine ranked the document.
/// </summary>
public static class SearchSnippet
{
    public const int Words = 24;

    /// <summary>The best window of <paramref name="text"/>, or null when no word of it matches.</summary>
    public static string? Make(string text, IReadOnlyList<SearchTerm> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return null;
        }

        // Word boundaries and, per word, the bit set of the query terms it matches (at most 32 terms).
        var words = new List<(int Start, int End, uint Hits)>(Math.Min(text.Length / 5, 4096));
        var any = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var hits = Matches(text.AsSpan(start, i - start), terms);
                any |= hits != 0;
                words.Add((start, i, hits));
                start = -1;
            }
        }

        if (!any)
        {
            return null;
        }

        var (first, _) = BestWindow(words);
        var last = Math.Min(words.Count, first + Words) - 1;
        var snippet = new StringBuilder(text.Length < 400 ? text.Length + 16 : 256);
        if (first > 0)
        {
            snippet.Append('…');
        }

        var from = words[first].Start;
        for (var w = first; w <= last; w++)
        {
            var (s, e, hits) = words[w];
            snippet.Append(text, from, s - from);
            if (hits != 0)
            {
                snippet.Append(SearchMarkers.Open).Append(text, s, e - s).Append(SearchMarkers.Close);
            }
            else
            {
                snippet.Append(text, s, e - s);
            }

            from = e;
        }

        if (last < words.Count - 1)
        {
            snippet.Append('…');
        }
        else
        {
            snippet.Append(text, from, text.Length - from); // the closing punctuation
        }

        return snippet.ToString();
    }

    /// <summary>The first <see cref="Words"/> words of a text, unmarked (a match the word splitting did not see).</summary>
    public static string Lead(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1])) && ++words > Words)
            {
                return string.Concat(text.AsSpan(0, i).TrimEnd(), "…");
            }
        }

        return text;
    }

    /// <summary>The first window start whose words cover the most distinct terms (then the most matches).</summary>
    private static (int First, int Score) BestWindow(List<(int Start, int End, uint Hits)> words)
    {
        var (best, bestScore) = (0, -1);
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].Hits == 0)
            {
                continue;
            }

            // A window opens a few words before its first match, so the match reads in context.
            var first = Math.Max(0, Math.Min(w - 3, words.Count - Words));
            uint seen = 0;
            var count = 0;
            for (var k = first; k < Math.Min(words.Count, first + Words); k++)
            {
                seen |= words[k].Hits;
                count += words[k].Hits != 0 ? 1 : 0;
            }

            var score = (BitCount(seen) * 64) + Math.Min(count, 63);
            if (score > bestScore)
            {
                (best, bestScore) = (first, score);
            }
        }

        return (best, bestScore);
    }

    private static int BitCount(uint bits) => System.Numerics.BitOperations.PopCount(bits);

    private static uint Matches(ReadOnlySpan<char> word, IReadOnlyList<SearchTerm> terms)
    {
        uint hits = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t].Folded.AsSpan();
            if (word.Length < term.Length || (!terms[t].Prefix && word.Length != term.Length))
            {
                continue;
            }

            var same = true;
            for (var i = 0; i < term.Length && same; i++)
            {
                same = Fold(word[i]) == term[i];
            }

            hits |= same ? 1u << t : 0;
        }

        return hits;
    }

    /// <summary>The characters FTS5's unicode61 tokenizer keeps in words.</summary>
    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' || (c > 127 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark);

    internal static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = Fold(word[i]);
        }

        return new string(folded);
    }

    /// <summary>Lower case, and Latin letters without their diacritics (as the index's tokenizer folds them).</summary>
    internal static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        c = char.ToLowerInvariant(c);
        return c is >= '\u00C0' and < '\u0180' ? LatinFolds[c - '\u00C0'] : c;
    }

    /// <summary>U+00C0–U+017F lower-cased letters to their base letter (the rest map to themselves).</summary>
    private static readonly char[] LatinFolds = BuildLatinFolds();

    private static char[] BuildLatinFolds()
    {
        var folds = new char[0x180 - 0xC0];
        for (var i = 0; i < folds.Length; i++)
        {
            folds[i] = (char)(0xC0 + i);
        }

        string[] groups = ["aàáâãäåāăą", "cçćĉċč", "dďđ", "eèéêëēĕėęě", "gĝğġģ", "hĥħ", "iìíîïĩīĭįı", "jĵ", "kķ", "lĺļľŀł",
            "nñńņňŉ", "oòóôõöøōŏő", "rŕŗř", "sśŝşš", "tţťŧ", "uùúûüũūŭůűų", "wŵ", "yýÿŷ", "zźżž"];
        foreach (var group in groups)
        {
            foreach (var c in group.AsSpan(1))
            {
                folds[c - 0xC0] = group[0];
            }
        }

        return folds;
    }
}
