using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// In cricket writing a county names its side: "Brendshire slipped to 88 for four", "Brendshire 305-5". A report
/// is about cricket when it uses the game's own words (innings, wickets, bowler...); there a word ending in
/// "-shire", or one of the first-class counties whose names do not, is the club unless it follows "in", "near"
/// or "from" or is part of a longer capitalised name. Runs with the organisations, before places.
/// </summary>
internal static class CricketCounty
{
    // First-class cricket counties not ending in "-shire" (hand-kept, general knowledge).
    private static readonly HashSet<string> Counties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Durham", "Essex", "Glamorgan", "Kent", "Middlesex", "Somerset", "Surrey", "Sussex",
    };

    private static readonly HashSet<string> CricketWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cricket", "innings", "wickets", "wicket", "batsman", "batsmen", "bowler", "bowlers", "all-rounder",
    };

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "near", "from" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountyLookup = Counties.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CricketLookup = CricketWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativeLookup = Locatives.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        if (!IsCricket(doc))
        {
            return;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsCapitalized && !doc.IsClaimed(i) && IsCounty(doc.Word(i)) && Alone(doc, i)
                && !(i > 0 && !doc.BreakBefore(i) && LocativeLookup.Contains(doc.Word(i - 1))))
            {
                SportsClub.Add(doc, i, i + 1);
            }
        }
    }

    private static bool IsCricket(DocumentContext doc) => doc.HasWord(CricketLookup, 6, 13);

    private static bool IsCounty(ReadOnlySpan<char> word)
        => word.Length > 6 && word.EndsWith("shire", StringComparison.OrdinalIgnoreCase) || CountyLookup.Contains(word);

    // No capitalised neighbour on the line ("Yorkshire Water", "Durham University"), except in all-caps headlines.
    private static bool Alone(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        if (tokens[i].Shape == TokenShape.AllCaps)
        {
            return true;
        }

        bool before = i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].SentenceStart && !doc.BreakBefore(i);
        bool after = i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && !doc.BreakBefore(i + 1);
        return !before && !after;
    }
}
