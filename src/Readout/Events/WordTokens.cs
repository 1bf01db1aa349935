namespace Readout.Events;

/// <summary>A word (or a clause boundary: , ; : parentheses, quotes, dashes) in a sentence, as a range of its text.</summary>
internal readonly record struct WordToken(int Start, int Length, bool Boundary)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}

/// <summary>
/// Splits a sentence into words and clause boundaries, in one pass with no per-token allocation. A possessive
/// "'s" is its own token (it marks what follows as a noun); hyphens and inner apostrophes stay inside a word.
/// </summary>
internal static class WordTokens
{
    public static void Split(string text, int start, int length, List<WordToken> into)
    {
        into.Clear();
        var end = start + length;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var from = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                var word = text.AsSpan(from, i - from);
                if (word.Length > 2 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S')
                {
                    into.Add(new WordToken(from, word.Length - 2, false));
                    into.Add(new WordToken(i - 2, 2, false));
                }
                else
                {
                    into.Add(new WordToken(from, i - from, false));
                }

                continue;
            }

            if (c is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '—' or '–')
            {
                into.Add(new WordToken(i, 1, true));
            }

            i++;
        }
    }
}
