using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// In sports writing a team is often its plural nickname after "the": "the Kestrels have won six in a row". In a
/// report using the words of a league season (season, league, coach, innings...), "the" and one capitalised
/// plural that is no place, nationality or known person is the team. Runs after people, before places.
/// </summary>
internal static class TeamNickname
{
    private static readonly HashSet<string> SeasonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "season", "league", "coach", "inning", "innings", "playoff", "playoffs", "pitcher", "homer", "homers", "striker", "touchdown",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeasonLookup = SeasonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        bool? sports = null;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Shape != TokenShape.Capitalized || doc.IsClaimed(i) || !doc.Is(i - 1, "the") || doc.BreakBefore(i) || !IsPlural(doc.Word(i))
                || i + 1 < tokens.Length && !doc.BreakBefore(i + 1) && (tokens[i + 1].IsCapitalized || tokens[i + 1].Shape == TokenShape.Number) // "the Windows 95"
                || IsSurname(doc, doc.Word(i))
                || doc.MatchPlace(i, out _) > 0 || GivenNames.Contains(doc.Word(i)) || SportsClub.IsNotClub(doc.Word(i)))
            {
                continue;
            }

            sports ??= IsSports(doc);
            if (sports == false)
            {
                return;
            }

            SportsClub.Add(doc, i, i + 1);
        }
    }

    // "Kestrels", not "Ostravians" (a nationality ends in -ans/-ians/-ese and is matched as a place first) nor "Glass".
    private static bool IsPlural(ReadOnlySpan<char> word)
        => word.Length >= 4 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && !word.EndsWith("ans", StringComparison.Ordinal);

    private static bool IsSurname(DocumentContext doc, ReadOnlySpan<char> word)
    {
        string folded = NameFolding.FoldToken(word);
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Person && m.Surname == folded)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSports(DocumentContext doc) => doc.HasWord(SeasonLookup, 5, 9, lowerCaseOnly: true);
}
