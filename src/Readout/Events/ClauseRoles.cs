namespace Readout.Events;

/// <summary>
/// Shallow clause roles for a coded verb, without a parse tree: the verb's <i>subject region</i> (the words of its
/// own clause before it, where PETRARCH-2 looks for the source) and its <i>object region</i> (the words after it up to
/// the end of its clause, where it looks for the target). A clause starts after a subordinator ("after crowds
/// trashed"), a complement "that" or a speech verb ("said Gondor attacked"), or ";"; a relative pronoun or a
/// coordinating "and" does not start one, since their verb shares the subject before them ("Gondor, which
/// attacked", "Gondor met Arnor and condemned"). A subordinate clause that opens the sentence ends at its first comma.
/// The object region ends at ";", a relative pronoun ("attacked Gondor, which ...") or a speech tail (", officials said").
/// </summary>
internal static class ClauseRoles
{
    // Words that open an adverbial clause: the verb after them has its own subject, after them.
    private static readonly HashSet<string> Subordinators = new(
        ["after", "before", "when", "while", "since", "because", "although", "though", "if", "until", "unless",
         "whereas", "where", "as", "once", "whether"],
        StringComparer.OrdinalIgnoreCase);

    // Relative pronouns: their clause's subject is the noun before them, so they end only an object region.
    private static readonly HashSet<string> Relatives = new(["who", "which", "whom", "whose"], StringComparer.OrdinalIgnoreCase);

    // Verbs of saying: what follows them is reported speech with its own subject ("Gondor said Arnor attacked").
    private static readonly HashSet<string> SpeechVerbs = new(
        ["said", "says", "say", "told", "tells", "added", "stated", "declared", "announced", "claimed", "insisted",
         "noted", "reported", "believes", "believe", "believed", "alleged", "argued", "warned", "explained"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The first token of the subject region of the verb at token <paramref name="verb"/> (the region ends before it).</summary>
    public static int SubjectStart(string text, List<WordToken> tokens, int verb)
    {
        var subordinators = Subordinators.GetAlternateLookup<ReadOnlySpan<char>>();
        var speech = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstComma = -1; // the comma nearest the opener, met last while scanning left
        for (var k = verb - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.Boundary)
            {
                if (text[token.Start] is ';' or ':')
                {
                    return k + 1;
                }

                firstComma = text[token.Start] == ',' ? k : firstComma;
                continue;
            }

            var word = token.In(text);
            if (subordinators.Contains(word))
            {
                // "After Gondor attacked Arnor, Rohan condemned ...": the opening clause is not the main verb's subject.
                return firstComma >= 0 ? firstComma + 1 : k + 1;
            }

            if (speech.Contains(word) || (IsThat(word) && k > 0 && !tokens[k - 1].Boundary && speech.Contains(tokens[k - 1].In(text))))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>The token after the object region of a verb whose last token is <paramref name="last"/>.</summary>
    public static int ObjectEnd(string text, List<WordToken> tokens, int last)
    {
        var relatives = Relatives.GetAlternateLookup<ReadOnlySpan<char>>();
        var speech = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = last + 1; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Boundary)
            {
                if (text[token.Start] is ';' or ':' || SpeechTail(text, tokens, k, speech))
                {
                    return k;
                }

                continue;
            }

            if (relatives.Contains(token.In(text)))
            {
                return k;
            }
        }

        return tokens.Count;
    }

    // ", officials said" / ", Gondor's minister told reporters": a comma followed closely by a speech verb closes the clause.
    private static bool SpeechTail(string text, List<WordToken> tokens, int comma, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> speech)
    {
        if (text[tokens[comma].Start] != ',')
        {
            return false;
        }

        for (var k = comma + 1; k < tokens.Count && k <= comma + 5; k++)
        {
            if (tokens[k].Boundary)
            {
                return false;
            }

            if (speech.Contains(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsThat(ReadOnlySpan<char> word) => word.Equals("that", StringComparison.OrdinalIgnoreCase);
}
