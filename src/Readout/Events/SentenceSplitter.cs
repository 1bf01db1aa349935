using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Splits a body into sentence spans. Line breaks end a sentence too: headlines, datelines and
/// page lines carry no final stop. A period after a known abbreviation ("Mr", "Feb", "U.S.") or an initial does not end one.
/// </summary>
internal static class SentenceSplitter
{
    // Lowercase, without the final period. Kept short: titles, months and the usual news abbreviations.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep",
        "amb", "hon", "rev", "pres", "min", "dept", "no", "vs", "etc", "e.g", "i.e", "approx", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    };

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')')
                {
                    end++;
                }

                Add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')')
        {
            next++;
        }

        // "3.5", "U.S." mid-token: a stop must be followed by space or the end.
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "John F. Kennedy"
        }

        if (Abbreviations.Contains(word))
        {
            // "in the U.S. The minister..." — an abbreviation can still end a sentence when a capitalised
            // word follows and the abbreviation is not a title or month that normally precedes a name or number.
            return word.Contains('.', StringComparison.Ordinal) && NextWordIsSentenceStart(text, next);
        }

        return true;
    }

    private static bool NextWordIsSentenceStart(string text, int from)
    {
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        if (from >= text.Length || text[from] is '\n' or '\r')
        {
            return true;
        }

        // Only sentence openers that cannot follow "U.S." inside a noun phrase.
        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[from..end] is "The" or "He" or "She" or "They" or "It" or "In" or "On" or "This" or "We";
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
