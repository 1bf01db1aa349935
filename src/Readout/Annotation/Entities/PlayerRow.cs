using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A player's line in a results table names a person, not a club: a bowling or batting row runs its figures
/// to the end of the line and closes on an average ("Varnik 7 1 20 1 20.00", "Osk Tamber 2 3 0 111 51 37.00",
/// "-" when there is none), and a golfer's card is two or more round scores of 59–89 closing the entry ("Dalby 69 71 70").
/// Run before the clubs, which would otherwise read the name heading numbers as a side; a team's standings row
/// ends on points or a win rate (".504"), never on an average with two decimals.
/// </summary>
internal static class PlayerRow
{
    private const int MaxWords = 3;

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || !Opens(doc, i) || SportsClub.IsNotClub(doc.Word(i)))
            {
                continue;
            }

            int end = i;
            while (end < tokens.Length && end - i < MaxWords && tokens[end].IsCapitalized && !doc.IsClaimed(end) && !(end > i && doc.BreakBefore(end)))
            {
                end++;
            }

            if (end < tokens.Length && !doc.BreakBefore(end) && (IsStatsRow(doc, end) || IsGolfCard(doc, end)) && !IsCountry(doc, i, end))
            {
                PersonDraft.Add(doc, i, end);
                i = end - 1;
            }
        }
    }

    // At a line's start, after a comma ("…, Dalby 69 71 70") or after a golfer's total opening the line ("210 Osk Tamber 70 …").
    private static bool Opens(DocumentContext doc, int i)
        => i == 0 || doc.BreakBefore(i) || doc.Is(i - 1, ",") || SportsClub.IsScoreNumber(doc, i - 1) && (i == 1 || doc.BreakBefore(i - 1));

    // Four or more figures to the end of the line, the first a count, the last an average with two decimals or "-".
    private static bool IsStatsRow(DocumentContext doc, int k)
    {
        var tokens = doc.Tokens;
        if (!SportsClub.IsScoreNumber(doc, k))
        {
            return false;
        }

        int count = 0, last = k;
        for (int j = k; j < tokens.Length && !(j > k && doc.BreakBefore(j)); j++)
        {
            var word = doc.Word(j);
            if (!char.IsAsciiDigit(word[0]) && !word.SequenceEqual("-"))
            {
                return false; // words after the figures: prose or a standings note, not a player's row
            }

            count++;
            last = j;
        }

        var average = doc.Word(last);
        int dot = average.IndexOf('.');
        return count >= 4 && (average.SequenceEqual("-") || dot > 0 && average.Length - dot - 1 == 2 && tokens[last].Shape == TokenShape.Number);
    }

    // Three or more round scores in a row, closed by the line's end, a comma, a bracket or the total.
    private static bool IsGolfCard(DocumentContext doc, int k)
    {
        var tokens = doc.Tokens;
        int j = k;
        while (j < tokens.Length && !(j > k && doc.BreakBefore(j)) && IsRound(doc.Word(j)))
        {
            j++;
        }

        bool closed = j >= tokens.Length || doc.BreakBefore(j) || doc.Is(j, ",");
        return j - k >= 3 && (closed || doc.Is(j, "(") || SportsClub.IsScoreNumber(doc, j))
               || j - k == 2 && (closed || doc.Is(j, ".") && (j + 1 >= tokens.Length || doc.BreakBefore(j + 1))); // halfway: "Dalby 71 73"
    }

    private static bool IsRound(ReadOnlySpan<char> word)
        => word.Length == 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && word[0] >= '5' && word[0] <= '8' && !(word[0] == '5' && word[1] != '9');

    private static bool IsCountry(DocumentContext doc, int start, int end)
        => doc.MatchPlace(start, out var place) == end - start && place.Form is PlaceForm.Country or PlaceForm.Demonym or PlaceForm.Region;
}
