using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Clubs are often a word or two before their town: "Gloria Dortvik", "Casino Tarsk", "Willem II Dortvik". In a
/// results slot — between two sides of a result, in a league table, on either side of "v", bracketed after a
/// player, or with a club word ("Gloria Dortvik win 4-2", "Gloria Dortvik striker") — such a run is the club,
/// though its first word may be a given name. Runs before people, so the club keeps its other mentions in the document too.
/// </summary>
internal static class TownNamedClub
{
    private const int MaxWords = 4;

    public static void Recognize(DocumentContext doc)
    {
        HashSet<string>? found = null;
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || SportsClub.IsNotClub(doc.Word(i)))
            {
                continue;
            }

            int end = RunEnd(doc, i);
            if (end - i >= 2 && EndsInTown(doc, i, end) && InResultsSlot(doc, i, end))
            {
                SportsClub.Add(doc, i, end);
                (found ??= new(StringComparer.Ordinal)).Add(doc.Text[tokens[i].Start..tokens[end - 1].End]);
            }

            i = end - 1;
        }

        if (found is not null)
        {
            ClaimRepeats(doc, found);
        }
    }

    private static bool EndsInTown(DocumentContext doc, int start, int end)
        => doc.MatchPlace(end - 1, out var place) == 1 && place.Form is PlaceForm.City or PlaceForm.Capital
           && doc.MatchPlace(start, out _) < end - start; // "Rio de Janeiro" is the town itself

    // Players stand in results lines too ("Ivan Tarsk ( Ostravia ) 66 69", "J. Tarsk 106"), so a name is a club only
    // between two sides of a result, in a league table row, in a fixture, or bracketed after a player.
    private static bool InResultsSlot(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool sameLineAfter = end < tokens.Length && !doc.BreakBefore(end);
        bool sameLineBefore = start > 0 && !doc.BreakBefore(start);
        int after = end;
        if (sameLineAfter && doc.Is(end, "(") && doc.MatchPlace(end + 1, out var place) is > 0 and var n && place.Form == PlaceForm.Country && doc.Is(end + 1 + n, ")"))
        {
            after = end + 2 + n; // "Gloria Dortvik ( Ostravia ) 2 Ambrell"
        }

        bool lineGoesOn = after < tokens.Length && !doc.BreakBefore(after);
        bool scoreAfter = lineGoesOn && SportsClub.IsScoreNumber(doc, after);
        bool scoreBefore = sameLineBefore && SportsClub.IsScoreNumber(doc, start - 1);
        bool otherSide = scoreAfter && after + 1 < tokens.Length && !doc.BreakBefore(after + 1) && tokens[after + 1].IsCapitalized
                         || scoreBefore && (after >= tokens.Length || doc.BreakBefore(after) || !lineGoesOn || after > end);
        bool tableRow = scoreAfter && NumbersAhead(doc, after) >= 6;
        bool fixture = lineGoesOn && doc.Is(after, "v") || sameLineBefore && doc.Is(start - 1, "v");
        bool bracketed = sameLineBefore && sameLineAfter && doc.Is(start - 1, "(") && doc.Is(end, ")") && start >= 2 && tokens[start - 2].IsCapitalized;
        return otherSide || tableRow || fixture || bracketed || OrganizationCueWords.NamesClub(doc, start, end, town: false);
    }

    // Games, wins, draws, losses, goals for and against, points: whole numbers only, unlike a batting average row.
    private static int NumbersAhead(DocumentContext doc, int k)
    {
        int count = 0;
        for (; k < doc.Tokens.Length && (count == 0 || !doc.BreakBefore(k)) && (SportsClub.IsScoreNumber(doc, k) || doc.Is(k, "-")); k++)
        {
            count += doc.Tokens[k].Shape == TokenShape.Number ? 1 : 0;
        }

        return count;
    }

    // Capitalised words on one line; a lone initial or a bracket ends the run.
    private static int RunEnd(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        int k = i;
        while (k < tokens.Length && k - i < MaxWords && tokens[k].IsCapitalized && !doc.IsClaimed(k) && !(k > i && doc.BreakBefore(k)))
        {
            k++;
        }

        return k;
    }

    private static void ClaimRepeats(DocumentContext doc, HashSet<string> found)
    {
        var lookup = found.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int end = RunEnd(doc, i);
            if (lookup.Contains(doc.Text.AsSpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start)))
            {
                SportsClub.Add(doc, i, end);
            }

            i = end - 1;
        }
    }
}
