using Readout.Model;

namespace Readout.Comparison;

/// <summary>
/// Decides whom a clause gives its content to: the subject of its first predicate verb, resolved to entity keys.
/// Group subjects ("the officials", "they", "both") stand for all the event's participants; "he"/"she" for the
/// previous clause's single speaker; a bare role ("the minister") for the one participant holding it.
/// </summary>
internal sealed class SpeakerResolver(IReadOnlyList<Participant> participants)
{
    // Words that open a fronted adverbial ("Having congratulated …, the minister …"): the subject follows the comma.
    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.Ordinal)
    {
        "having", "following", "in", "as", "after", "before", "besides", "meanwhile", "on", "during", "at", "with",
        "regarding", "concerning", "speaking", "addressing", "according", "for", "however", "also", "earlier", "later",
    };

    /// <summary>The subject's entity keys (empty when unknown) and whether its verb reports speech or stance.</summary>
    public (IReadOnlyList<string> Keys, bool Speech) Resolve(string body, TextSpan content, IReadOnlyList<ClaimToken> tokens, IReadOnlyList<string> previous)
    {
        var from = 0;
        if (tokens.Count > 0 && (AdverbialOpeners.Contains(tokens[0].Lower) || tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            var comma = body.IndexOf(',', content.Start, content.Length);
            var after = comma < 0 ? -1 : tokens.ToList().FindIndex(t => t.Start > comma);
            from = after < 0 ? 0 : after;
        }

        // The first predicate verb with a subject before it; one right at a fronted clause's start
        // ("…, touched upon by Blinken, the minister gave …") belongs to the adverbial, so look further.
        var verb = -1;
        var subjectStart = -1;
        for (var i = from; i < tokens.Count && i < from + 24; i++)
        {
            if (tokens[i].Entity is not null || !WordLists.IsPredicateVerb(tokens[i].Lower))
            {
                continue;
            }

            var start = SubjectStart(body, tokens, from, i);
            if (start < i || from == 0)
            {
                (verb, subjectStart) = (i, start);
                break;
            }
        }

        if (verb < 0)
        {
            return ([], false);
        }

        var speech = WordLists.SpeechVerbs.Contains(tokens[verb].Lower);
        if (verb == subjectStart)
        {
            return (previous, speech); // a coordinated predicate ("… and urged …") shares the previous clause's subject
        }

        var subject = tokens.Skip(subjectStart).Take(verb - subjectStart).ToList();
        return (Keys(subject, previous), speech);
    }

    /// <summary>The subject is the comma-free stretch before the verb: "…, which were mentioned by Mr Blinken, Mr Lavrov gave".</summary>
    private static int SubjectStart(string body, IReadOnlyList<ClaimToken> tokens, int from, int verb)
    {
        var start = verb;
        while (start > from && verb - start < 12 && !IsBoundary(tokens[start - 1])
               && body.IndexOf(',', tokens[start - 1].End, tokens[start].Start - tokens[start - 1].End) < 0)
        {
            start--;
        }

        return start;
    }

    private static bool IsBoundary(ClaimToken token) =>
        token.Entity is null && (WordLists.IsPredicateVerb(token.Lower) || token.Lower.EndsWith("ing", StringComparison.Ordinal) || token.Lower == "that");

    private IReadOnlyList<string> Keys(List<ClaimToken> subject, IReadOnlyList<string> previous)
    {
        // Possessors ("Russia's willingness") are not subjects: only people and organisations count.
        var named = subject.Where(t => t.Entity is { Kind: MentionKind.Person or MentionKind.Organization })
            .Select(t => t.Entity!.EntityKey).Distinct().ToList();
        if (named.Count > 0)
        {
            return named;
        }

        foreach (var token in subject)
        {
            if (WordLists.GroupSubjects.Contains(token.Lower))
            {
                return participants.Select(p => p.EntityKey).Distinct().ToList();
            }

            if (token.Lower is "he" or "she" && previous.Count == 1)
            {
                return previous;
            }
        }

        foreach (var token in subject.Where(t => t.IsContent && t.Entity is null))
        {
            var holders = participants.Where(p => p.Role is { } role && role.Split(' ').Any(w => string.Equals(w, token.Lower, StringComparison.OrdinalIgnoreCase))).ToList();
            if (holders.Count == 1)
            {
                return [holders[0].EntityKey];
            }
        }

        return [];
    }
}
