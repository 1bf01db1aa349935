using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Organisations named by their context rather than their form: a company by its market words ("Velcor 's
/// shares", "a stake in Velcor", "Velcor shares fell"), a club or team by its place in a fixture list ("Dortvik v
/// Ambrell") or a results line after its rider's country ("Anna Varn ( Ostravia ) Kessler 1:54.342"). Runs after
/// people and before places, so a town named in such a slot reads as its club. Places and countries are never
/// taken as companies ("Tokyo shares" is a market); a country in a fixture stays a place (its national side).
/// </summary>
internal static class OrganizationCue
{
    private const int MaxWords = 4;

    // After "X 's": what only an organisation has.
    private static readonly HashSet<string> OwnedByCompanies = new(StringComparer.Ordinal)
    {
        "shares", "stock", "stake", "shareholders", "stockholders", "subsidiary", "subsidiaries", "unit", "units", "chairman",
        "board", "profit", "profits", "earnings", "revenue", "revenues", "sales", "executives", "directors", "takeover", "bid",
        "dividend", "plant", "plants", "factory", "factories", "headquarters", "turnover", "squad", "coach", "manager",
        "net", "pretax", "pre-tax", "registrations", "privatisation", "privatization", "parent",
    };

    // Before "X": "a stake in X", "shares of X".
    private static readonly HashSet<string> HoldingWords = new(StringComparer.Ordinal) { "stake", "stakes", "shares", "subsidiary", "unit" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnedLookup = OwnedByCompanies.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HoldingLookup = HoldingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        CuedOverPerson.Recognize(doc); // "the daily Le Velmor": the people recognizer took it first
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || SportsClub.IsNotClub(doc.Word(i)))
            {
                continue;
            }

            int end = RunEnd(doc, i);
            if (end > i && AfterRider(doc, i, end) && RallyCar.TryAdd(doc, i, end))
            {
                i = end - 1; // a driver's car, not a team
                continue;
            }

            if (end > i && (IsCompany(doc, i, end) || OrganizationCueWords.NamesOrganization(doc, i, end) || OwnsPerson(doc, end)) && !IsPlace(doc, i, end, any: true)
                || end > i && IsClub(doc, i, end))
            {
                SportsClub.Add(doc, i, end);
                i = end - 1;
            }
        }

        TeamNickname.Recognize(doc);
        TownClubs.Propagate(doc);
    }

    // A club by its slot; a country there is its national side, a place in CoNLL's reading and ours.
    private static bool IsClub(DocumentContext doc, int start, int end)
    {
        if (IsPlace(doc, start, end, any: false))
        {
            return false;
        }

        if (IsTeam(doc, start, end))
        {
            return true;
        }

        // Regions name national sides ("England striker") and states, never clubs.
        int n = doc.MatchPlace(start, out var place);
        bool town = n == end - start;
        return !(town && place.Form == PlaceForm.Region)
               && (OrganizationCueWords.NamesClub(doc, start, end, town) || PlayerClub.Follows(doc, start, end) || OwnsPlayer(doc, end));
    }

    private static bool IsCompany(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        if (end < tokens.Length && !doc.BreakBefore(end))
        {
            int owned = OwnedWord(doc, end);
            if (owned > 0 && OwnedLookup.Contains(doc.Word(owned)))
            {
                return true;
            }

            // Unowned "shares" after a sentence's first word is as often "Other shares" or "Key stock".
            if (owned < 0 && !tokens[start].SentenceStart && (doc.Is(end, "shares") || doc.Is(end, "stock")))
            {
                return true;
            }
        }

        return start >= 2 && (doc.Is(start - 1, "in") || doc.Is(start - 1, "of")) && HoldingLookup.Contains(doc.Word(start - 2));
    }

    /// <summary>
    /// "Velcor 's profit", "Velcor shares", "Velcor said its": a firm's word right after the one word at <paramref name="k"/>,
    /// read anywhere in a line (also opening a sentence) once that word is known to name something.
    /// </summary>
    public static bool FirmWordAfter(DocumentContext doc, int k)
    {
        int next = k + 1;
        if (next >= doc.Tokens.Length || doc.BreakBefore(next))
        {
            return false;
        }

        int owned = OwnedWord(doc, next);
        return owned > 0 ? OwnedLookup.Contains(doc.Word(owned)) : doc.Is(next, "shares") || doc.Is(next, "stock") || doc.Is(next, "said") && doc.Is(next + 1, "its");
    }

    // "Brisko 's Anna Varnel": a name owning a person is their employer or club (a place was ruled out).
    private static bool OwnsPerson(DocumentContext doc, int end)
    {
        if (end >= doc.Tokens.Length || doc.BreakBefore(end) || OwnedWord(doc, end) is not (> 0 and var owned))
        {
            return false;
        }

        int start = doc.Tokens[owned].Start;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Person && !m.IsNominal && m.Span.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    // "Dortvik 's Ostravian striker": only a club has players.
    private static bool OwnsPlayer(DocumentContext doc, int end)
    {
        if (end >= doc.Tokens.Length || doc.BreakBefore(end) || OwnedWord(doc, end) is not (> 0 and var owned))
        {
            return false;
        }

        return OrganizationCueWords.IsPlayerWord(doc.Word(owned)) || owned + 1 < doc.Tokens.Length && !doc.BreakBefore(owned + 1) && OrganizationCueWords.IsPlayerWord(doc.Word(owned + 1));
    }

    // "Dortvik v Ambrell" fixtures, and a team after its rider's country in a results line.
    private static bool IsTeam(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        int after = doc.Is(end, "(") ? CloseOf(doc, end) + 1 : end;
        bool opens = start == 0 || doc.BreakBefore(start) || doc.Is(start - 1, ")") || doc.Is(start - 1, ",") || doc.Is(start - 1, ":");
        if (after < tokens.Length && !doc.BreakBefore(after) && doc.Is(after, "v"))
        {
            return opens; // "Dortvik v Ambrell , Tarsk v Velm"
        }

        if (start >= 1 && doc.Is(start - 1, "v") && !doc.BreakBefore(start))
        {
            return true;
        }

        // A schedule line that is only "DORTVIK AT TARSK": the visitors are a club, the home town is where it plays.
        if (IsAt(doc, end) && (start == 0 || doc.BreakBefore(start)))
        {
            int away = RunEnd(doc, end + 1);
            return away > end + 1 && (away >= tokens.Length || doc.BreakBefore(away));
        }

        return BesideCountryScore(doc, start, end) || AfterRider(doc, start, end);
    }

    /// <summary>
    /// "Dortvik ( Ostravia ) 3 Ambrell": either side of a score after a bracketed country, as in European cup results.
    /// </summary>
    public static bool BesideCountryScore(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        int after = doc.Is(end, "(") ? CloseOf(doc, end) + 1 : end;
        bool opens = start == 0 || doc.BreakBefore(start) || doc.Is(start - 1, ")") || doc.Is(start - 1, ",") || doc.Is(start - 1, ":");
        if (after > end && opens && after < tokens.Length && !doc.BreakBefore(after) && SportsClub.IsScoreNumber(doc, after) && IsCountry(doc, end + 1)
            && after + 1 < tokens.Length && tokens[after + 1].IsCapitalized && !doc.BreakBefore(after + 1)) // golfers' "( Ostravia ) 66 69" go on with numbers
        {
            return true;
        }

        return start >= 4 && !doc.BreakBefore(start) && !doc.BreakBefore(start - 1) && SportsClub.IsScoreNumber(doc, start - 1)
               && doc.Is(start - 2, ")") && doc.Is(start - 4, "(") && IsCountry(doc, start - 3);
    }

    // "Anna Varn ( Ostravia ) Kessler 1:54.342": the run after a rider's bracketed country and before a time.
    private static bool AfterRider(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool afterCountry = start >= 3 && doc.Is(start - 1, ")") && doc.Is(start - 3, "(") && !doc.BreakBefore(start) && IsCountry(doc, start - 2);
        bool timed = end >= tokens.Length || doc.BreakBefore(end) || tokens[end].Shape == TokenShape.Number;
        // "( Ostravia ) Tarsk 25.8.95": a town before a date is where a record was set, not a team.
        return afterCountry && timed && !(end < tokens.Length && doc.Word(end).Count('.') >= 2 && doc.MatchPlace(start, out _) > 0);
    }

    private static bool IsAt(DocumentContext doc, int k)
        => k < doc.Tokens.Length && !doc.BreakBefore(k) && (doc.Is(k, "AT") || doc.Is(k, "at"));

    private static bool IsCountry(DocumentContext doc, int k)
        => doc.MatchPlace(k, out var place) > 0 && place.Form == PlaceForm.Country;

    private static int CloseOf(DocumentContext doc, int open)
    {
        for (int k = open + 1; k < doc.Tokens.Length && k <= open + 3 && !doc.BreakBefore(k); k++)
        {
            if (doc.Is(k, ")"))
            {
                return k;
            }
        }

        return open - 1; // unclosed: the word after the run is "(", never "v"
    }

    // The word owned by a possessive at [next]: "Brisko's shares" (the tokenizer drops the "'s") or the
    // spaced "Brisko 's shares"; -1 when there is no possessive.
    private static int OwnedWord(DocumentContext doc, int next)
    {
        var tokens = doc.Tokens;
        if (Possessive(doc, next))
        {
            return next;
        }

        bool spaced = (doc.Is(next, "'") || doc.Is(next, "’")) && doc.Is(next + 1, "s") && next + 2 < tokens.Length && !doc.BreakBefore(next + 2);
        return spaced ? next + 2 : -1;
    }

    private static bool Possessive(DocumentContext doc, int next)
    {
        var gap = doc.Text.AsSpan(doc.Tokens[next - 1].End, doc.Tokens[next].Start - doc.Tokens[next - 1].End);
        return gap.Contains('\'') || gap.Contains('’');
    }

    // A town in a fixture is its club; a country there is its national side, a place in CoNLL's reading and ours.
    private static bool IsPlace(DocumentContext doc, int start, int end, bool any)
        => doc.MatchPlace(start, out var place) >= end - start && (any || place.Form is PlaceForm.Country or PlaceForm.Demonym);

    // Capitalised, unclaimed words on one line; "X 's" and a schedule's "AT" end the run.
    private static int RunEnd(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        int k = i;
        while (k < tokens.Length && k - i < MaxWords && tokens[k].IsCapitalized && !doc.IsClaimed(k) && !(k > i && (doc.BreakBefore(k) || doc.Is(k, "AT"))))
        {
            k++;
            if (k < tokens.Length && Possessive(doc, k))
            {
                break;
            }
        }

        return k;
    }
}
