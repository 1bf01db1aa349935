using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A town found as a club once in a document ("Dortvik 2 Ambrell 1", "Dortvik striker") is that club wherever
/// else it stands alone there ("Dortvik have signed..."), except where the text is plainly about the place: after
/// "in", "at" or "near", or opening a dateline ("DORTVIK 1996-08-30"). Such a document is sports writing, so other
/// towns standing alone are clubs too, unless any word of place or motion comes before them ("move to Ambrell").
/// A country read as a club (in a club league's results, see <see cref="ResultLines"/>) is that club likewise.
/// Runs before places claim the town.
/// </summary>
internal static class TownClubs
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives
        = new HashSet<string>(["in", "at", "near"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A town no cue named: any word of motion or belonging may mean the place ("move to Tarsk", "the city of Tarsk").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WiderLocatives
        = new HashSet<string>(["in", "at", "near", "of", "to", "into", "outside", "around", "from", "across"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Propagate(DocumentContext doc)
    {
        HeadlineEcho.Recognize(doc); // "ORIOLES SNEAK PAST ANGELS": the teams the text named, before towns are read alone
        HashSet<string>? clubs = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Organization && m.Span.Slice(doc.Text) is var name
                && doc.TryGetPlace(name, out var place) && place.Form is PlaceForm.City or PlaceForm.Capital or PlaceForm.Country)
            {
                (clubs ??= new(StringComparer.Ordinal)).Add(name);
            }
        }

        if (clubs is null && !IsClubMatchReport(doc))
        {
            return;
        }

        var lookup = (clubs ?? []).GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = doc.MatchPlace(i, out var place);
            if (n > 0 && doc.IsFree(i, i + n) && Alone(doc, i, i + n)
                && (lookup.Contains(doc.Text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start)) && !AboutThePlace(doc, i, i + n, Locatives) && !Nationality(doc, i, i + n, place)
                    || place.Form == PlaceForm.City && !AboutThePlace(doc, i, i + n, WiderLocatives) && !Ranked(doc, i)))
            {
                SportsClub.Add(doc, i, i + n);
            }

            i += Math.Max(n, 1) - 1;
        }
    }

    // A match report of a club sport: only clubs field these players and moments ("the Dortvik striker", "at halftime");
    // not "strikers" (a labour strike) nor "innings" (cricket reports name towns as venues).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MatchWords = new HashSet<string>(
        ["striker", "midfielder", "goalkeeper", "halftime", "half-time", "homer", "homers", "inning", "pitcher", "touchdown", "quarterback"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsClubMatchReport(DocumentContext doc) => doc.HasWord(MatchWords, 5, 11, lowerCaseOnly: true);

    // Not part of a longer name ("Vitesse Dortvik", "1860 Dortvik"); a score before it is fine ("Ambrell 2 Dortvik 1").
    private static bool Alone(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && !doc.BreakBefore(start)
                      && (tokens[start - 1].IsCapitalized && !SportsClub.IsNotClub(doc.Word(start - 1)) || tokens[start - 1].Shape == TokenShape.Number && tokens[start - 1].Length == 4);
        bool after = end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end);
        return !before && !after && !IsSurname(doc, start, end);
    }

    // "Anna Varnel ( Velmora )": a country bracketed after a name is where the rider is from, even where a team bears its name.
    private static bool Nationality(DocumentContext doc, int start, int end, PlaceEntry place)
        => place.Form == PlaceForm.Country && start >= 2 && doc.Is(start - 1, "(") && doc.Is(end, ")") && !doc.BreakBefore(start - 1)
           && doc.Tokens[start - 2].IsCapitalized;

    // "in Tarsk", or a dateline ("TARSK , Ostravia 1996-08-27").
    private static bool AboutThePlace(DocumentContext doc, int start, int end, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> locatives)
    {
        var tokens = doc.Tokens;
        bool locative = start > 0 && !doc.BreakBefore(start) && locatives.Contains(doc.Word(start - 1));
        bool opensLine = start == 0 || doc.BreakBefore(start);
        if (opensLine && doc.Is(end, ":"))
        {
            return true; // a venue heading its results: "Tarsk : Dortvik 305-5"
        }

        bool dateline = opensLine && end < tokens.Length
                        && (doc.Is(end, ",") && doc.MatchPlace(end + 1, out _) > 0 || tokens[end].Shape == TokenShape.Number && doc.Word(end).Contains('-'));
        return locative || dateline;
    }

    // "9. Tarsk 38:35.297": a ranked competitor, as likely a person as a club.
    private static bool Ranked(DocumentContext doc, int start)
        => start >= 2 && doc.Is(start - 1, ".") && doc.Tokens[start - 2].Shape == TokenShape.Number;

    private static bool IsSurname(DocumentContext doc, int start, int end)
    {
        if (end - start > 1)
        {
            return false;
        }

        string folded = NameFolding.FoldToken(doc.Word(start));
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Person && m.Surname == folded)
            {
                return true;
            }
        }

        return false;
    }
}
