namespace Readout.Annotation.Entities;

/// <summary>
/// Ordinary words that name their capitalised neighbour as an organisation: what companies, media and
/// parties do or employ ("Brisko reported", "a Brisko spokesman", "the daily Velmor", "told Velmor") and, in
/// sports writing, what only a club has ("Dortvik striker", "champions Dortvik", "Dortvik edged Ambrell").
/// A town in a sports slot is its club; in the other slots a place keeps its reading ("Tarsk officials").
/// </summary>
internal static class OrganizationCueWords
{
    // Right after the name.
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "reported", "posted", "sets", "spokesman", "spokeswoman", "spokesmen", "spokeswomen", "newspaper", "unit", "analyst",
        "daily", "paper", "magazine", "party",
    };

    // Right before the name.
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "daily", "newspaper", "agency", "group", "firm", "company", "operator", "maker", "retailer", "carrier", "insurer", "brokerage",
        "bank", "concern", "utility", "manufacturer", "producer", "journal", "magazine", "weekly", "conglomerate", "lender", "distributor",
        "supplier", "chain", "automaker", "carmaker", "miner", "brokers", "bankers", "partner",
    };

    // Jobs held at a firm or body: "analyst at X", "president of X".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JobLookup = new HashSet<string>(
        ["analyst", "analysts", "economist", "economists", "strategist", "strategists", "manager", "managers", "director", "partner",
         "president", "vice-president", "chairman", "executive", "executives", "officer", "engineer",
         "engineers", "trader", "traders", "dealer", "dealers", "researcher", "researchers", "consultant", "employee", "employees"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Sports: only a club plays, signs or is coached, so a town here is its club.
    private static readonly HashSet<string> ClubAfter = new(StringComparer.Ordinal)
    {
        "striker", "strikers", "defender", "defenders", "midfielder", "midfielders", "goalkeeper", "winger", "manager", "coach", "substitute",
    };

    private static readonly HashSet<string> ClubBefore = new(StringComparer.Ordinal) { "club", "side", "champions", "rivals", "hosts", "visitors" };

    // Results verbs on either side: for towns, or with a team's single score, since players beat each other too ("Brask beat Olund").
    private static readonly HashSet<string> ResultVerbs = new(StringComparer.Ordinal)
    {
        "beat", "drew", "edged", "defeated", "crushed", "thrashed", "routed", "hammered", "trounced", "outclassed",
    };

    // Verbs a town's government may take too ("Tarsk won concessions"): only with a score.
    private static readonly HashSet<string> ScoredVerbs = new(StringComparer.Ordinal) { "win", "wins", "won", "lost", "held" };

    // Sentence openers that are no one's name, though capitalised.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "An", "It", "Its", "They", "We", "He", "She", "I", "You", "This", "That", "These", "Those", "Others", "Analysts", "Dealers", "Traders",
        "Officials", "Police", "Shares", "Sales", "Prices", "Profits", "Former", "Then", "Now", "Both",
    };

    // Competitions and events end in these; "Davis Cup winners" names no club.
    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
        "Cup", "Open", "Games", "Olympics", "Championship", "Championships", "Trophy", "Series", "Tour", "Prix", "Masters", "Classic",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterLookup = After.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup = Before.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubAfterLookup = ClubAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubBeforeLookup = ClubBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ResultVerbLookup = ResultVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoredVerbLookup = ScoredVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EventHeadLookup = EventHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word only a club's staff answers to: striker, goalkeeper, coach...</summary>
    public static bool IsPlayerWord(ReadOnlySpan<char> word) => ClubAfterLookup.Contains(word);

    /// <summary>True when a company or media word stands next to the run [start, end), or a job names it as the employer.</summary>
    public static bool NamesOrganization(DocumentContext doc, int start, int end)
        => Nameable(doc, start, end) && (Next(doc, end) is var a && a >= 0 && AfterLookup.Contains(doc.Word(a)) && !CueMisleads(doc, start, end, a)
           || Previous(doc, start) is var b && b >= 0 && (BeforeLookup.Contains(doc.Word(b)) || Employer(doc, b, end) || ToldMedium(doc, b, end)));

    // "told Velmor ." / "told Velmor that" / "told Velmor in an interview": a medium is told at the clause's end, before
    // "that" or the report's setting; a person is also told about or before something ("told Kohl about").
    private static bool ToldMedium(DocumentContext doc, int told, int end)
        => doc.Is(told, "told") && (end >= doc.Tokens.Length || doc.BreakBefore(end)
                                    || doc.Word(end) is "." or ":" or "in" or "on" or "that" or "television" or "radio" or "newspaper");

    // "the Democratic party", "the Nazi party": one adjective before "party" is what the party stands for, not its name;
    // a paper's word must close the name before its report.
    private static bool CueMisleads(DocumentContext doc, int start, int end, int cue)
    {
        if (doc.Is(cue, "daily") || doc.Is(cue, "paper") || doc.Is(cue, "magazine"))
        {
            return !ClosesReport(doc, cue + 1); // "Average daily shipments": an adverb, no paper
        }

        if (!doc.Is(cue, "party"))
        {
            return false;
        }

        var word = doc.Word(start);
        return doc.Tokens[start].SentenceStart || end - start == 1 && (word is "Nazi" or "Labour" || word.EndsWith("ic") || word.EndsWith("an") || word.EndsWith("ist") || word.EndsWith("ive"));
    }

    // "an analyst at Velcor Securities .", "Ana Brask , president of Brisko , said": a job's "at"/"of"/"for" before a
    // name that ends the phrase. Places are screened by the caller ("president of Ostravia"); not "spokesman for", which
    // people have too.
    private static bool Employer(DocumentContext doc, int preposition, int end)
    {
        if (!(doc.Is(preposition, "at") || doc.Is(preposition, "of") || doc.Is(preposition, "for") || doc.Is(preposition, "with"))
            || preposition == 0 || doc.BreakBefore(preposition) || !JobLookup.Contains(doc.Word(preposition - 1)))
        {
            return false;
        }

        // A comma ends the name only before a lower-case word: "Kalf , Voorhis & Co" is one firm.
        var tokens = doc.Tokens;
        return end >= tokens.Length || doc.BreakBefore(end) || doc.Word(end) is "." or "'s" or "and" or ")" or "(" or "said"
               || doc.Is(end, ",") && end + 1 < tokens.Length && tokens[end + 1].Shape == Text.TokenShape.Lower;
    }

    // A paper's name ends where its report starts: "Velmor daily said", "the Velmor paper , quoting ...".
    private static bool ClosesReport(DocumentContext doc, int k)
        => k >= doc.Tokens.Length || doc.BreakBefore(k) || doc.Word(k) is "said" or "says" or "reported" or "reports" or "quoted" or "wrote" or "," or "." or "on" or "(" or "'s";

    /// <summary>True when a word only a club goes with stands next to the run [start, end); results verbs count for towns.</summary>
    public static bool NamesClub(DocumentContext doc, int start, int end, bool town)
    {
        if (!Nameable(doc, start, end))
        {
            return false;
        }

        // A player's result has a score per set ("6-4 6-3"); a team's has one ("Dortvik win 2-1 on aggregate").
        int a = Next(doc, end), b = Previous(doc, start);
        return a >= 0 && (ClubAfterLookup.Contains(doc.Word(a)) || Result(doc, a, town, a + 1, 4))
               || b >= 0 && (ClubBeforeLookup.Contains(doc.Word(b)) || Result(doc, b, town, end, 1));
    }

    private static bool Result(DocumentContext doc, int verb, bool town, int from, int within)
    {
        // Headlines shout: "DORTVIK BEAT AMBRELL 2-1".
        var raw = doc.Word(verb);
        Span<char> lower = stackalloc char[16];
        bool shouted = raw.Length <= lower.Length && doc.Tokens[verb].Shape == Text.TokenShape.AllCaps;
        ReadOnlySpan<char> word = shouted ? lower[..raw.ToLowerInvariant(lower)] : raw;

        return ResultVerbLookup.Contains(word) && (town || OneScore(doc, from, within)) || ScoredVerbLookup.Contains(word) && OneScore(doc, from, within);
    }

    // A match score within [from, from + within) and no other score on the rest of the line.
    private static bool OneScore(DocumentContext doc, int from, int within)
    {
        int scores = 0, k = from;
        for (; k < doc.Tokens.Length && !(k > from && doc.BreakBefore(k)) && k < from + 40; k++)
        {
            if (IsMatchScore(doc, k))
            {
                if (scores == 0 && k >= from + within)
                {
                    return false;
                }

                scores++;
            }
        }

        return scores == 1;
    }

    private static bool IsMatchScore(DocumentContext doc, int k)
    {
        var word = doc.Word(k);
        int dash = word.IndexOf('-');
        if (doc.Tokens[k].Shape != Text.TokenShape.Number || dash is < 1 or > 3 || word.Length - dash - 1 is < 1 or > 3)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c != '-' && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Nameable(DocumentContext doc, int start, int end)
        => !NotNameLookup.Contains(doc.Word(start)) && !EventHeadLookup.Contains(doc.Word(end - 1));

    private static int Next(DocumentContext doc, int end)
        => end < doc.Tokens.Length && !doc.BreakBefore(end) ? end : -1;

    private static int Previous(DocumentContext doc, int start)
        => start > 0 && !doc.BreakBefore(start) ? start - 1 : -1;
}
