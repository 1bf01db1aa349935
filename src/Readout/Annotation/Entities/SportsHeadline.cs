using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// A team sport's all-caps headline ("SOCCER - DORTVIK HOLD AMBRELL TO GOALLESS DRAW", "BASEBALL - KESTRELS EDGE
/// MARINERS 1-0") is about clubs: there a town or city is its club (with a club word after it: "DORTVIK UNITED"),
/// unless "IN"/"AT"/"NEAR"… puts the place itself in the line, and a name from the open organisation list is that
/// body. A headline has no case to tell names apart, so only these two are read. Runs with the organisations,
/// before people and places.
/// </summary>
internal static class SportsHeadline
{
    // Sports played by clubs; individual sports (tennis, golf, athletics) put people in their headlines.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TeamSports = new HashSet<string>(
        ["SOCCER", "BASKETBALL", "BASEBALL", "RUGBY", "HOCKEY", "FOOTBALL", "HANDBALL", "VOLLEYBALL", "NBA", "NFL", "NHL"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubWords = new HashSet<string>(
        ["UNITED", "CITY", "TOWN", "COUNTY", "ROVERS", "WANDERERS", "ATHLETIC", "ALBION", "RANGERS", "HOTSPUR", "ATLETICO"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = new HashSet<string>(
        ["IN", "AT", "NEAR", "TO", "FROM", "OF", "INTO", "OUTSIDE"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        int read = -1; // the last token a headline's reading took, which a place or body name may carry past its line
        foreach (var line in doc.Lines)
        {
            if (line.Start > read && HeadlineStart(doc, line.Start) is > 0 and var start)
            {
                read = Read(doc, start);
            }
        }
    }

    // "SOCCER -", "RUGBY UNION -", "ICE HOCKEY -": the index after the dash, or 0 when the line is no team-sport headline.
    internal static int HeadlineStart(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        bool sport = false;
        for (int k = i; k < i + 3 && k < tokens.Length && (k == i || !doc.BreakBefore(k)); k++)
        {
            if (doc.Is(k, "-"))
            {
                return sport && k + 1 < tokens.Length && !doc.BreakBefore(k + 1) ? k + 1 : 0;
            }

            if (tokens[k].Shape != TokenShape.AllCaps)
            {
                return 0;
            }

            sport |= TeamSports.Contains(doc.Word(k));
        }

        return 0;
    }

    // Reads the headline from its first word to the line's end; returns the last token read.
    private static int Read(DocumentContext doc, int start)
    {
        var tokens = doc.Tokens;
        int i = start;
        for (; i < tokens.Length && (i == start || !doc.BreakBefore(i)); i++)
        {
            if (tokens[i].Shape != TokenShape.AllCaps || doc.IsClaimed(i))
            {
                continue;
            }

            int n = OrganizationLexicon.MatchAt(doc, i);
            if (n == 0 && doc.MatchPlace(i, out var place) is > 0 and var length && place.Form is PlaceForm.City or PlaceForm.Capital
                && !(i > start && Locatives.Contains(doc.Word(i - 1))))
            {
                n = length + (i + length < tokens.Length && !doc.BreakBefore(i + length) && ClubWords.Contains(doc.Word(i + length)) ? 1 : 0);
            }

            if (n > 0 && doc.IsFree(i, i + n))
            {
                SportsClub.Add(doc, i, i + n);
                i += n - 1;
            }
        }

        return i - 1;
    }
}
