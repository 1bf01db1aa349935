using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// In sports writing a team is often its plural nickname after "the": "the Kestrels have won six in a row". In a
/// report using the words of a league season (season, league, coach, innings...), "the" and one capitalised
/// plural ("the Kestrels", "The Kestrels" opening a sentence) that is no place, nationality or known person is the team. Runs after
/// people, before places.
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
            if (tokens[i].Shape != TokenShape.Capitalized || doc.IsClaimed(i) || !After(doc, i) || doc.BreakBefore(i))
            {
                continue;
            }

            int last = i; // two words would take events ("the Olympic Games", "the Five Nations")
            if (!IsNickname(doc, i, last))
            {
                continue;
            }

            sports ??= IsSports(doc);
            if (sports == false)
            {
                return;
            }

            SportsClub.Add(doc, i, last + 1);
            i = last;
        }
    }

    // "the Kestrels", or "The Kestrels" opening a sentence.
    private static bool After(DocumentContext doc, int i) => doc.Is(i - 1, "the") || doc.Is(i - 1, "The") && doc.Tokens[i - 1].SentenceStart;

    private static bool IsNickname(DocumentContext doc, int first, int last)
    {
        var tokens = doc.Tokens;
        int next = last + 1;
        if (!IsPlural(doc.Word(last))
            || next < tokens.Length && !doc.BreakBefore(next) && (tokens[next].IsCapitalized || tokens[next].Shape == TokenShape.Number)) // "the Windows 95"
        {
            return false;
        }

        for (int k = first; k <= last; k++)
        {
            if (IsSurname(doc, doc.Word(k)) || doc.MatchPlace(k, out _) > 0 || GivenNames.Contains(doc.Word(k)) || SportsClub.IsNotClub(doc.Word(k)))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>True when the document uses the words of a league season (season, coach, innings...).</summary>
    public static bool IsSports(DocumentContext doc) => doc.HasWord(SeasonLookup, 5, 9, lowerCaseOnly: true);
}
