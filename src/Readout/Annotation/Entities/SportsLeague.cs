using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// In a sports report a league is a competition, not a body: "the Northern League", "Velm Premier League West",
/// "Major League Baseball" are one Other mention (CoNLL's MISC), claimed before organisations read a head or a
/// demonym in them. Outside sports writing "League" keeps naming parties and alliances ("the Velmoran League").
/// </summary>
internal static class SportsLeague
{
    private const int MaxBefore = 3, MaxAfter = 3;

    // What may follow "League" in the competition's name: its divisions and rounds, not a player's title.
    private static readonly HashSet<string> Tails = new(StringComparer.Ordinal)
    {
        "West", "East", "Central", "North", "South", "Western", "Eastern", "Northern", "Southern", "Division", "Championship", "Series",
        "Baseball", "Football", "Cup", "Trophy",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TailLookup = Tails.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        bool? sports = null;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Length != 6 || !doc.Is(i, "League") || doc.IsClaimed(i) || doc.BreakBefore(i) || !tokens[i - 1].IsCapitalized)
            {
                continue;
            }

            sports ??= TeamNickname.IsSports(doc);
            if (sports == false)
            {
                return;
            }

            int start = i;
            while (start > 0 && i - start < MaxBefore && tokens[start - 1].IsCapitalized && !doc.IsClaimed(start - 1) && !doc.BreakBefore(start)
                   && !SportsClub.IsNotClub(doc.Word(start - 1)))
            {
                start--;
            }

            int end = i + 1;
            while (end < tokens.Length && end - i <= MaxAfter && TailLookup.Contains(doc.Word(end)) && !doc.IsClaimed(end) && !doc.BreakBefore(end))
            {
                end++;
            }

            string name = doc.Text[tokens[start].Start..tokens[end - 1].End];
            doc.Add(new MentionDraft(MentionKind.Other, doc.SpanOf(start, end), "event:" + NameFolding.Slug(name), name), start, end);
            i = end - 1;
        }
    }
}
