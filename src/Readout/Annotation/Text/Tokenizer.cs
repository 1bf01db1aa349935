namespace Readout.Annotation.Text;

/// <summary>
/// Splits a body into word and punctuation tokens in one pass. Hyphenated and apostrophised words stay
/// whole ("Intermediate-Range", "O'Neill"), a possessive "'s" is split off so "Lavrov’s" yields "Lavrov",
/// and dotted initialisms keep their final period ("U.S.") because "U.S" would never match a gazetteer.
/// </summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        bool sentenceStart = true;
        bool lineBreak = false; // since the last token: recognizers ask it of nearly every token
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // A blank line (paragraph break) or a line break after a heading starts a new sentence.
                if (c == '\n')
                {
                    sentenceStart = true;
                }

                lineBreak |= c is '\n' or '\r';

                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int end = ScanWord(text, i);
                var shape = Classify(text.AsSpan(i, end - i));
                tokens.Add(new Token(i, end, shape, sentenceStart, lineBreak));
                sentenceStart = lineBreak = false;
                i = end;
                i = SkipPossessive(text, i);
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenShape.Punctuation, sentenceStart, lineBreak));
            lineBreak = false;
            if (c == '.' && tokens.Count >= 2 && IsAbbreviation(text, tokens[^2], i))
            {
                // "Mr. Lavrov", "Joseph R. Biden": the period ends an abbreviation, not a sentence.
                sentenceStart = false;
            }
            else if (c is '.' or '!' or '?' or ':' or ';')
            {
                sentenceStart = true;
            }
            else if (c is not ('"' or '“' or '”' or '\'' or '‘' or '’' or '(' or '[' or '«' or '•' or '-' or '–' or '—'))
            {
                sentenceStart = false;
            }

            i++;
        }

        return [.. tokens];
    }

    private static bool IsAbbreviation(string text, Token previous, int period)
        => previous.End == period && previous.Shape is TokenShape.Capitalized or TokenShape.AllCaps && previous.Length <= 3
           && !text.AsSpan(previous.Start, previous.Length).EndsWith(".")
           && text.AsSpan(previous.Start, previous.Length) is not ("US" or "UK" or "UN" or "EU");

    private static int ScanWord(string text, int i)
    {
        int end = i;
        while (end < text.Length)
        {
            char c = text[end];
            if (char.IsLetterOrDigit(c))
            {
                end++;
                continue;
            }

            // Joiners stay inside a word only between two letters/digits.
            bool joiner = c is '-' or '\'' or '’' or '.';
            if (!joiner || end + 1 >= text.Length || !char.IsLetterOrDigit(text[end + 1]))
            {
                break;
            }

            if ((c is '\'' or '’') && IsPossessiveS(text, end))
            {
                break;
            }

            // "Feb.5" or "end.Next" are sentence glitches, but "U.S" and "16.09.2021" are words.
            if (c == '.' && !(char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1])) && !IsInitialism(text, i, end))
            {
                break;
            }

            end++;
        }

        // Keep the closing period of a dotted initialism: "U.S." / "U.N.".
        if (end < text.Length && text[end] == '.' && end - i >= 3 && text[end - 2] == '.' && char.IsUpper(text[end - 1]))
        {
            end++;
        }

        return end;
    }

    private static bool IsInitialism(string text, int start, int dot)
        => dot - start == 1 && char.IsUpper(text[start]) && dot + 1 < text.Length && char.IsUpper(text[dot + 1])
           || dot - start >= 3 && text[dot - 2] == '.' && char.IsUpper(text[dot - 1]);

    private static bool IsPossessiveS(string text, int apostrophe)
        => apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
           && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static int SkipPossessive(string text, int i)
        => i < text.Length && text[i] is '\'' or '’' && IsPossessiveS(text, i) ? i + 2 : i;

    private static TokenShape Classify(ReadOnlySpan<char> word)
    {
        if (char.IsDigit(word[0]))
        {
            return TokenShape.Number;
        }

        if (!char.IsUpper(word[0]))
        {
            return TokenShape.Lower;
        }

        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c))
                {
                    return TokenShape.Capitalized;
                }
            }
        }

        return letters >= 2 || word.Length == 1 ? TokenShape.AllCaps : TokenShape.Capitalized;
    }
}
