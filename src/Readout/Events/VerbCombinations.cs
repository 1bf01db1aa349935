namespace Readout.Events;

/// <summary>A coded verb with the tokens it covers, while a sentence's verbs are being combined.</summary>
internal record struct TokenHit(CameoHit Hit, int First, int Last);

/// <summary>
/// Verb-verb combinations the way PETRARCH-2 reads them, without a parse tree. Its verb codes fall into "framing"
/// acts (say, appeal, intend, demand, threaten, protest, disapprove, posture, coerce, investigate, consult) and
/// "content" acts (cooperate, aid, yield, reduce relations, assault, fight); an upper verb with an infinitive
/// ("promised to help", "threatened to attack", "agreed to meet") takes the more concrete reading:
/// framing + framing → the lower verb; framing + content → the framing root ("promised to help" → 033; to fight,
/// intent and threat become 138); content + content → the later in PETRARCH's order (cooperate &lt; aid... &lt; yield).
/// Reported speech: "A said B attacked C" is coded, as PETRARCH-2's transformation does, as A accusing B (112).
/// </summary>
internal static class VerbCombinations
{
    private const int MaxObjectWords = 4; // "urged the two sides to ...", "asked Gondor's leaders to ..."

    // PETRARCH-2's priority among content roots (its internal code order): aid < material < diplomatic < assault
    // < fight < mass violence < reduce relations < yield.
    private static readonly string[] ContentOrder = ["07", "06", "05", "18", "19", "20", "16", "08"];

    private static readonly HashSet<string> Framing = ["01", "02", "03", "04", "09", "10", "11", "13", "14", "15", "17"];

    /// <summary>The dictionary block (default "no event") whose verbs negate an infinitive: refuse, reject, decline, deny.</summary>
    internal const string RefusalBlock = "REFUSE";

    /// <summary>Marks a refusal verb until it is combined; one left alone is dropped, as PETRARCH-2 codes nothing for it.</summary>
    internal const string Refusal = "12-";

    public static void Apply(string text, List<WordToken> tokens, List<TokenHit> hits)
    {
        CombineInfinitives(text, tokens, hits);
        hits.RemoveAll(h => h.Hit.Code == Refusal);
        ReportedAttacks(text, tokens, hits);
    }

    // CAMEO's reject codes name what is refused: to yield (124: "refused to release", "declined to step down"),
    // to cooperate (121), to give aid (122), to meet or negotiate (125), to comment (011); anything else 120.
    private static string Refused(string lowerRoot) => lowerRoot switch
    {
        "08" => "124",
        "05" or "06" => "121",
        "07" => "122",
        "04" => "125",
        "01" => "011",
        _ => "120",
    };

    private static void CombineInfinitives(string text, List<WordToken> tokens, List<TokenHit> hits)
    {
        for (var u = 0; u < hits.Count; u++)
        {
            var lower = LowerVerb(text, tokens, hits, u);
            if (lower < 0)
            {
                continue;
            }

            var combined = Combine(hits[u].Hit.Code, hits[lower].Hit.Code);
            // The combined event runs to the lower verb: its target is the lower verb's object ("promised to help Gondor").
            var end = tokens[hits[lower].Last];
            hits[u] = hits[u] with
            {
                Hit = hits[u].Hit with { Code = combined, Length = end.Start + end.Length - hits[u].Hit.Start },
                Last = hits[lower].Last,
            };
            hits.RemoveAt(lower);
        }
    }

    // The hit that follows "to" after the upper verb, within its clause and a few object words.
    private static int LowerVerb(string text, List<WordToken> tokens, List<TokenHit> hits, int u)
    {
        var last = Math.Min(tokens.Count - 2, hits[u].Last + 1 + MaxObjectWords);
        for (var k = hits[u].Last + 1; k <= last && !tokens[k].Boundary; k++)
        {
            var word = tokens[k].In(text);
            if (CameoVerbMatcher.MarksNoun(word))
            {
                return -1; // "criticised Gondor's decision to withdraw": the infinitive belongs to a noun
            }

            if (!word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var h = u + 1; h < hits.Count; h++)
            {
                if (hits[h].First == k + 1)
                {
                    return h;
                }
            }

            return -1;
        }

        return -1;
    }

    internal static string Combine(string upper, string lower)
    {
        var (up, low) = (upper[..2], lower[..2]);
        if (upper == Refusal)
        {
            return Refused(low);
        }

        if (up == "12")
        {
            return upper; // "rejected calls to ...": a coded rejection keeps its own code (CAMEO's 12x)
        }

        if (up == "01")
        {
            return lower; // a statement frames what it reports
        }

        var upFrames = Framing.Contains(up);
        var lowFrames = Framing.Contains(low);
        if (lowFrames)
        {
            return lower;
        }

        if (upFrames)
        {
            return (up, low) switch
            {
                ("03" or "13", "18" or "19" or "20") => "138",
                ("02" or "03" or "10", "05" or "06" or "07" or "08") => up + low switch
                {
                    "05" => "2",
                    "06" => "1",
                    "07" => "3",
                    _ => "5",
                },
                _ => upper,
            };
        }

        return Array.IndexOf(ContentOrder, low) >= Array.IndexOf(ContentOrder, up) ? lower : upper;
    }

    // "A said B attacked C": a statement verb followed, after another actor, by a fight verb is an accusation.
    private static void ReportedAttacks(string text, List<WordToken> tokens, List<TokenHit> hits)
    {
        for (var s = 0; s < hits.Count - 1; s++)
        {
            if (hits[s].Hit.Code != "010")
            {
                continue;
            }

            var next = hits[s + 1];
            if (next.Hit.Code.StartsWith("19", StringComparison.Ordinal) && FirstActor(text, tokens, hits[s].Last + 1, next.First) is { } attacker)
            {
                // PETRARCH-2's transformations: "A said A attacked B" claims the attack (015); "A said B attacked" accuses B (112).
                var claimed = ActorNamed(text, tokens, 0, hits[s].First, tokens[attacker].In(text));
                hits[s + 1] = next with { Hit = next.Hit with { Code = claimed ? "015" : "112" } };
            }
        }
    }

    private static int? FirstActor(string text, List<WordToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].Boundary && ActorCue.IsNameOrAgent(text, tokens, k))
            {
                return k;
            }
        }

        return null;
    }

    // Whether the speaker's clause names the same actor word ("Ostravian rebels said the rebels attacked").
    private static bool ActorNamed(string text, List<WordToken> tokens, int from, int to, ReadOnlySpan<char> actor)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].Boundary && tokens[k].In(text).Equals(actor, StringComparison.OrdinalIgnoreCase) && ActorCue.IsNameOrAgent(text, tokens, k))
            {
                return true;
            }
        }

        return false;
    }
}
