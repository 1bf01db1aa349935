namespace Readout.Events;

/// <summary>A dictionary verb coded in a sentence. <see cref="Rank"/> orders a sentence's hits: 0 a main-clause
/// verb, 1 one in a subordinate or relative clause, 2 a bare statement verb ("said"), 3 a subordinate statement.</summary>
internal readonly record struct CameoHit(string Code, int Start, int Length, int Rank);

/// <summary>
/// Codes the verbs of a sentence with <see cref="CameoVerbDictionary"/>, token by token: a verb form is looked up,
/// then its block's patterns are tried on the words around it (in order, small gaps allowed, within the clause)
/// and the pattern with the most matched words gives the code; without one the verb's or block's default applies.
/// Linear in the sentence length times the patterns of the verbs it holds: no backtracking regex.
/// </summary>
internal static class CameoVerbMatcher
{
    // Before a word, these make it a noun ("the attack", "its protest", "Gondor's visit") rather than a verb.
    private static readonly HashSet<string> NounMarkers = new(
        ["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "'s", "’s",
         "any", "no", "every", "each", "such", "another", "of", "new", "further", "first", "latest", "recent"],
        StringComparer.OrdinalIgnoreCase);

    // Earlier in the same clause, these put a verb in a subordinate or relative clause, not the sentence's main event.
    private static readonly HashSet<string> Subordinators = new(
        ["after", "before", "when", "while", "since", "because", "although", "though", "if", "until", "unless",
         "following", "despite", "whereas", "who", "which", "whom", "whose", "where", "as"],
        StringComparer.OrdinalIgnoreCase);

    private const int FirstGap = 6; // words between the verb and its first object word ("condemned the recent deadly attack")
    private const int NextGap = 4;
    private const int BeforeGap = 3;

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    /// <summary>Coded verbs in <paramref name="text"/>[start, start+length), in text order.</summary>
    /// <param name="dictionary">Another verb dictionary in the same format (PETRARCH-2's test dictionary, for its unit tests).</param>
    public static List<CameoHit> Find(string text, int start, int length, CameoVerbDictionary? dictionary = null)
    {
        var tokens = t_tokens ??= [];
        WordTokens.Split(text, start, length, tokens);
        var hits = new List<TokenHit>();
        dictionary ??= CameoVerbDictionary.Default;
        var firstWord = tokens.FindIndex(t => !t.Boundary);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Boundary || dictionary.Find(tokens[i].In(text)) is not { } forms || LooksLikeNoun(text, tokens, i, firstWord))
            {
                continue;
            }

            var (segmentStart, segmentEnd) = Segment(tokens, i);
            var best = Best(text, tokens, i, segmentStart, segmentEnd, forms);
            if (best is { Code: null, Refusal: true } refusal)
            {
                // "refused to release": no event alone, but it negates the infinitive it governs (see VerbCombinations).
                best = refusal with { Code = VerbCombinations.Refusal };
            }

            if (best is { Code: { Length: > 0 } code } found)
            {
                var subordinate = IsSubordinate(text, tokens, segmentStart, i) || OpensParticipleClause(text, tokens, i, segmentStart);
                var statement = code == "010";
                var rank = (statement ? 2 : 0) + (subordinate ? 1 : 0);
                var last = tokens[i + found.TailLength];
                hits.Add(new TokenHit(new CameoHit(code, tokens[i].Start, last.Start + last.Length - tokens[i].Start, rank), i, i + found.TailLength));
            }
        }

        VerbCombinations.Apply(text, tokens, hits);

        return hits.ConvertAll(h => h.Hit);
    }

    // The best-scoring reading of the verb at i: multi-word verbs and longer patterns win; null code = no event.
    private static (string? Code, int TailLength, bool Refusal)? Best(string text, List<WordToken> tokens, int i, int segmentStart, int segmentEnd, List<VerbForm> forms)
    {
        (string? Code, int TailLength, bool Refusal)? best = null;
        var bestScore = -1;
        foreach (var form in forms)
        {
            if (!TailMatches(text, tokens, i, segmentEnd, form.Tail))
            {
                continue;
            }

            var after = i + 1 + form.Tail.Length;
            var score = form.Tail.Length * 10;
            string? code = form.Code ?? form.Block.Code;
            var patternScore = 0;
            foreach (var pattern in form.Block.Patterns)
            {
                if (pattern.Words > patternScore && MatchAfter(text, tokens, after, segmentEnd, pattern.After)
                    && MatchBefore(text, tokens, i - 1, segmentStart, pattern.Before))
                {
                    patternScore = pattern.Words;
                    code = pattern.Code;
                }
            }

            score += patternScore;
            if (score > bestScore)
            {
                bestScore = score;
                best = (code, form.Tail.Length, form.Block.Name == VerbCombinations.RefusalBlock);
            }
        }

        return best;
    }

    private static bool TailMatches(string text, List<WordToken> tokens, int i, int segmentEnd, string[] tail)
    {
        for (var k = 0; k < tail.Length; k++)
        {
            var at = i + 1 + k;
            if (at >= segmentEnd || !Matches(tokens[at].In(text), tail[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchAfter(string text, List<WordToken> tokens, int from, int end, PatternElement[] elements)
    {
        var position = from;
        for (var k = 0; k < elements.Length; k++)
        {
            var element = elements[k];
            var last = element.Adjacent ? position : Math.Min(end - 1, position + (k == 0 ? FirstGap : NextGap));
            var matched = -1;
            for (var q = position; q <= last && matched < 0; q++)
            {
                matched = MatchAt(text, tokens, q, end, element);
                if (matched < 0 && q < end && OpensClause(text, tokens[q]))
                {
                    break; // "came as the leader prepared to attend": the gap does not reach into another clause
                }
            }

            if (matched < 0)
            {
                return false;
            }

            position = matched;
        }

        return true;
    }

    // Right to left from the word before the verb; an element marked adjacent must touch the one before it.
    private static bool MatchBefore(string text, List<WordToken> tokens, int from, int start, PatternElement[] elements)
    {
        var position = from;
        var mustEndAt = -1;
        for (var k = elements.Length - 1; k >= 0; k--)
        {
            var element = elements[k];
            var first = mustEndAt >= 0 ? mustEndAt : position;
            var lowest = mustEndAt >= 0 ? mustEndAt : Math.Max(start, position - BeforeGap);
            var found = -1;
            for (var endAt = first; endAt >= lowest && found < 0; endAt--)
            {
                foreach (var words in element.Alternatives)
                {
                    var q = endAt - words.Length + 1;
                    if (q >= start && MatchWords(text, tokens, q, endAt + 1, words))
                    {
                        found = q;
                        break;
                    }
                }
            }

            if (found < 0)
            {
                return false;
            }

            position = found - 1;
            mustEndAt = element.Adjacent ? position : -1;
        }

        return true;
    }

    /// <summary>Where the element ends (next position) if one of its alternatives starts at <paramref name="q"/>, else -1.</summary>
    private static int MatchAt(string text, List<WordToken> tokens, int q, int end, PatternElement element)
    {
        foreach (var words in element.Alternatives)
        {
            if (MatchWords(text, tokens, q, end, words))
            {
                return q + words.Length;
            }
        }

        return -1;
    }

    private static bool MatchWords(string text, List<WordToken> tokens, int q, int end, string[] words)
    {
        if (q < 0 || q + words.Length > end)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[q + k].Boundary || !Matches(tokens[q + k].In(text), words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A token matches a dictionary word as written or in its plural ("sanction" ~ "sanctions", "ally" ~ "allies").</summary>
    internal static bool Matches(ReadOnlySpan<char> token, string word)
    {
        if (token.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (token.Length <= word.Length || !token.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return word.Length > 1 && word[^1] == 'y' && token.Length == word.Length + 2
                && token.StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase)
                && token.EndsWith("ies", StringComparison.OrdinalIgnoreCase);
        }

        var rest = token[word.Length..];
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("es", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a word makes the next one a noun (a determiner, possessive or noun-only adjective).</summary>
    internal static bool MarksNoun(ReadOnlySpan<char> word) => NounMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool LooksLikeNoun(string text, List<WordToken> tokens, int i, int firstWord)
    {
        // A capitalised word inside the sentence is a name ("Hope", "Rally Party"), not a verb.
        if (i != firstWord && char.IsUpper(text[tokens[i].Start]))
        {
            return true;
        }

        if (InAgentPhrase(text, tokens, i))
        {
            return true;
        }

        return i > 0 && !tokens[i - 1].Boundary
            && (NounMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[i - 1].In(text))
                || NounCompound.Modifies(text, tokens[i - 1], tokens[i]));
    }

    // "security forces", "government troops", "police chief": a word that ends a multi-word agent of PETRARCH-2's
    // agents dictionary is that agent's head noun, not a verb.
    private static bool InAgentPhrase(string text, List<WordToken> tokens, int i)
    {
        for (var k = Math.Max(0, i - 3); k < i; k++)
        {
            if (tokens[k].Boundary)
            {
                continue;
            }

            if (AgentNouns.Default.MatchAt(text, tokens, k) > i - k)
            {
                return true;
            }
        }

        return false;
    }

    // An adverbial or relative clause ("as", "when", "who") is not the verb's phrase; a "that" complement is, as in
    // PETRARCH-2's parse ("allowed that Gondor is no pleasant place": its patterns reach into it).
    private static bool OpensClause(string text, WordToken token) =>
        Subordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.In(text));

    private static bool IsSubordinate(string text, List<WordToken> tokens, int segmentStart, int i)
    {
        var lookup = Subordinators.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = segmentStart; k < i; k++)
        {
            if (lookup.Contains(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    // "..., killing six civilians" or "Speaking in Valmora, ...": an -ing clause set off by a comma (or opening the
    // sentence) modifies the main clause; its verb is not the sentence's main event.
    private static bool OpensParticipleClause(string text, List<WordToken> tokens, int i, int segmentStart) =>
        i == segmentStart && tokens[i].In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // The clause around token i: between the nearest boundary tokens on either side.
    private static (int Start, int End) Segment(List<WordToken> tokens, int i)
    {
        var start = i;
        while (start > 0 && !tokens[start - 1].Boundary)
        {
            start--;
        }

        var end = i + 1;
        while (end < tokens.Count && !tokens[end].Boundary)
        {
            end++;
        }

        return (start, end);
    }
}
