using System.Text.RegularExpressions;
using Readout.Annotation.Times;
using Readout.Events;
using Readout.Model;

namespace Readout.Comparison;

/// <summary>
/// Splits a document's body into clause-level claims: sentences first, then coordinated clauses
/// ("; ", ", while …", "… and urged …"), each with its speaker, entities, numbers and dates.
/// </summary>
internal sealed partial class ClaimSplitter
{
    private const int MinimumWords = 5;

    // Spelled-out counts worth comparing; "one" and "two" are left out ("one of", "the two sides") as they rarely state a figure.
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
        "forty", "fifty", "hundred",
    };

    // A clause boundary inside a sentence: a semicolon, or a comma before a subordinating "while"/"whereas".
    [GeneratedRegex(@";\s+|,\s+(?=(?:while|whereas|but|including)\s)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?<![\p{L}\-])\d+(?:[.,]\d+)*(?![\p{L}\-])")]
    private static partial Regex Digits();

    public IReadOnlyList<AnalyzedClaim> Split(long documentId, string body, Annotations annotations, IReadOnlyList<Participant> participants)
    {
        var resolver = new SpeakerResolver(participants);
        var claims = new List<AnalyzedClaim>();
        IReadOnlyList<string> previous = [];
        foreach (var sentence in SentenceSplitter.Split(body))
        {
            var first = true;
            foreach (var clause in Clauses(body, sentence, annotations.Mentions))
            {
                var continuation = !first;
                first = false;
                var frame = AttributionFrame.Strip(body, clause, annotations.Mentions);
                var tokens = ClaimTokens.Of(body, frame.Content, annotations.Mentions);
                if (tokens.Count(t => t.Entity is null) < MinimumWords - 1 || tokens.Count < MinimumWords)
                {
                    continue;
                }

                var (keys, speech) = frame.SourcePeople.Count > 0
                    ? (frame.SourcePeople.Select(m => m.EntityKey).Distinct().ToList(), true)
                    : resolver.Resolve(body, frame.Content, tokens, previous);
                if (keys.Count == 0 && continuation)
                {
                    keys = previous; // "…, including the missions": a clause with no subject of its own keeps the sentence's
                }

                if (keys.Count > 0)
                {
                    previous = keys;
                }

                var text = clause.Slice(body);
                var claim = new Claim(
                    documentId,
                    claims.Count,
                    clause,
                    text,
                    keys,
                    keys.Count == 0 ? null : SpeakerName(keys, annotations, participants),
                    speech,
                    frame.Source,
                    text.IndexOfAny(['"', '“', '”']) >= 0,
                    tokens.Where(t => t.Entity is not null).Select(t => t.Entity!.EntityKey).Distinct().ToList(),
                    Numbers(tokens));
                var dates = annotations.Times
                    .Where(t => t.Kind == TimeKind.Date && t.Date is not null && t.Span.Start >= frame.Content.Start && t.Span.End <= frame.Content.End)
                    .Select(t => t.Value).Distinct().ToList();
                claims.Add(new AnalyzedClaim(claim, frame.Content, tokens, dates));
            }
        }

        return claims;
    }

    /// <summary>Coordinated clauses of one sentence; "… and urged …" splits only before a known predicate verb.</summary>
    private static IEnumerable<TextSpan> Clauses(string body, TextSpan sentence, IReadOnlyList<Mention> mentions)
    {
        var text = sentence.Slice(body);
        var cuts = new List<(int End, int Next)>();
        foreach (Match m in ClauseBreak().Matches(text))
        {
            cuts.Add((m.Index, m.Index + m.Length));
        }

        foreach (var offset in StandaloneAnds(body, sentence, mentions))
        {
            var rest = text[(offset + 3)..].TrimStart();
            var next = rest.Split(' ', 2)[0].TrimEnd(',', '.').ToLowerInvariant();
            if (WordLists.IsPredicateVerb(next))
            {
                var end = offset > 0 && text[offset - 1] == ' ' ? offset - 1 : offset;
                cuts.Add((end > 0 && text[end - 1] == ',' ? end - 1 : end, offset + 4));
            }
        }

        var start = 0;
        foreach (var (end, next) in cuts.OrderBy(c => c.End))
        {
            if (end - start >= 20 && text.Length - next >= 20)
            {
                yield return Trimmed(sentence.Start + start, sentence.Start + end);
                start = next;
            }
        }

        yield return Trimmed(sentence.Start + start, sentence.End);

        TextSpan Trimmed(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(body[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(body[e - 1]))
            {
                e--;
            }

            return new TextSpan(s, e);
        }
    }

    /// <summary>
    /// Offsets (within the sentence, past its first 20 characters) of "and" standing as a word of its own, as
    /// <see cref="ClaimTokens"/> would read it: not glued to a neighbour by a letter, digit or joiner, not inside a mention.
    /// A scan instead of tokenising every sentence.
    /// </summary>
    private static IEnumerable<int> StandaloneAnds(string body, TextSpan sentence, IReadOnlyList<Mention> mentions)
    {
        if (sentence.Length < 24)
        {
            yield break;
        }

        for (var i = body.IndexOf("and", sentence.Start + 21, sentence.Length - 21, StringComparison.OrdinalIgnoreCase);
             i >= 0 && i + 3 <= sentence.End;
             i = i + 3 >= sentence.End ? -1 : body.IndexOf("and", i + 1, sentence.End - i - 1, StringComparison.OrdinalIgnoreCase))
        {
            if (Glued(body, i - 1, -1, sentence) || Glued(body, i + 3, 1, sentence) || InsideMention(mentions, sentence, i))
            {
                continue;
            }

            yield return i - sentence.Start;
        }

        // A letter or digit next to the word, or a joiner (’ ' - .) with one beyond it, makes it part of a longer token.
        static bool Glued(string body, int at, int step, TextSpan sentence)
        {
            if (at < sentence.Start || at >= sentence.End)
            {
                return false;
            }

            if (IsWordChar(body[at]))
            {
                return true;
            }

            var beyond = at + step;
            return body[at] is '’' or '\'' or '-' or '.' && beyond >= sentence.Start && beyond < sentence.End && IsWordChar(body[beyond]);
        }

        static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c); // the tokeniser's [\p{L}\p{N}]

        static bool InsideMention(IReadOnlyList<Mention> mentions, TextSpan sentence, int at)
        {
            foreach (var m in mentions)
            {
                if (m.Span.Start >= sentence.Start && m.Span.End <= sentence.End && m.Span.Start < at + 3 && m.Span.End > at)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static List<string> Numbers(IReadOnlyList<ClaimToken> tokens)
    {
        var numbers = new List<string>();
        foreach (var token in tokens.Where(t => t.Entity is null))
        {
            if (Digits().IsMatch(token.Lower) && Digits().Match(token.Lower).Length == token.Lower.Length)
            {
                numbers.Add(token.Lower.Replace(",", "", StringComparison.Ordinal));
            }
            else if (CountWords.Contains(token.Lower) && NumberWords.Parse(token.Lower) is { } value)
            {
                numbers.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return numbers.Distinct().ToList();
    }

    private static string SpeakerName(IReadOnlyList<string> keys, Annotations annotations, IReadOnlyList<Participant> participants)
    {
        var names = keys.Select(k => participants.FirstOrDefault(p => p.EntityKey == k)?.Name ?? annotations.FindEntity(k)?.Name ?? k);
        return string.Join(" and ", names);
    }
}
