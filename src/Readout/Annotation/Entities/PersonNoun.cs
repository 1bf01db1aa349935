using Readout.Annotation.Names;
using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// A word for a person right before a capitalised run marks the run as that person's name, though its given
/// name is unknown: a calling or position in lower case ("spokesman Yehiel Amitai", "keeper Andrzej Wozniak",
/// "his wife Jetty Kors"), the same word capitalised ("Pole Wojtek Lazarek") or
/// a seeding ("29th-ranked Yone Kamio"). A closed list of nouns only people are; nationality adjectives and a country's
/// possessive were tried and left out ("American League West", "Japan 's World War Two").
/// </summary>
internal static class PersonNoun
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "governor", "president", "leader", "general", "director", "manager", "coach", "captain", "skipper",
        "keeper", "goalkeeper", "striker", "midfielder", "defender", "winger", "fullback", "full-back", "sweeper", "playmaker",
        "opener", "batsman", "bowler", "spinner", "off-spinner", "leg-spinner", "paceman", "all-rounder", "wicketkeeper", "pitcher",
        "starter", "reliever", "rookie", "veteran", "champion", "runner-up", "medallist", "medalist", "driver", "rider", "jockey",
        "trainer", "cyclist", "sprinter", "hurdler", "jumper", "swimmer", "boxer", "wife", "husband", "son", "daughter", "widow",
        "boss", "businessman", "businesswoman", "lawyer", "attorney", "judge", "chairman", "chairwoman", "envoy", "ambassador",
        "commander", "colonel", "actor", "actress", "singer", "novelist", "poet", "playwright", "journalist", "photographer",
        "economist", "analyst", "tycoon", "magnate", "priest", "cleric", "dissident", "activist", "surgeon", "professor", "pensioner",
        "teenager", "secretary", "premier", "minister", "mayor", "senator", "congressman", "lawmaker", "legislator", "counterpart",
        "compatriot", "countryman", "team-mate", "teammate", "opponent", "hitter", "outfielder", "infielder", "shortstop", "catcher",
        "fly-half", "scrum-half", "flanker", "hooker", "substitute", "scorer", "debutant", "newcomer", "titleholder", "detective",
        "inspector", "sergeant", "constable", "lieutenant", "corporal", "brigadier", "bishop", "monsignor", "rabbi", "imam", "banker",
        "doctor",
    };
    private static readonly HashSet<string> CapitalNouns = new(StringComparer.Ordinal)
    {
        "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Dutchman", "Dutchwoman", "Irishman", "Welshman", "Scotsman", "Spaniard",
        "Briton", "Swede", "Pole", "Compatriot", "Countryman", "Midfielder", "Striker", "Defender", "Goalkeeper", "Keeper", "Winger",
        "Captain", "Skipper", "Coach", "Manager", "Pitcher", "Reliever", "Opener", "Batsman", "Bowler", "Spinner", "Veteran", "Rookie",
        "Teenager", "Sprinter", "Detective", "Inspector", "Sergeant", "Constable", "Lawyer", "Attorney", "Businessman", "Doctor",
        "Professor", "Spokesman", "Spokeswoman",
    };
    // Playing positions name a player even by one word ("defender Narciso"); a team is never one.
    private static readonly HashSet<string> Positions = new(StringComparer.Ordinal)
    {
        "keeper", "goalkeeper", "striker", "midfielder", "defender", "winger", "fullback", "full-back", "sweeper", "playmaker", "opener",
        "batsman", "spinner", "off-spinner", "leg-spinner", "paceman", "all-rounder", "wicketkeeper", "pitcher", "reliever", "fly-half",
        "scrum-half", "flanker",
    };
    private static readonly HashSet<string> Kin = new(StringComparer.Ordinal)
    {
        "wife", "husband", "son", "daughter", "widow", "widower", "brother", "sister", "father", "mother", "sons", "daughters",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KinLookup = Kin.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PositionLookup = Positions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalLookup = CapitalNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-case playing position stands right before the one-word name at <paramref name="start"/>.</summary>
    public static bool PositionBefore(DocumentContext doc, int start)
        => start > 0 && !doc.BreakBefore(start) && doc.Tokens[start - 1].Shape == TokenShape.Lower && PositionLookup.Contains(doc.Word(start - 1))
           && doc.Tokens[start].Length > 2 && doc.MatchPlace(start, out _) == 0;

    /// <summary>"his widow Ruth", "her husband , David ,": a kinship word before a lone known given name.</summary>
    public static bool KinBefore(DocumentContext doc, int start)
    {
        if (start < 2)
        {
            return false;
        }

        int k = doc.Is(start - 1, ",") ? start - 2 : start - 1;
        return k >= 0 && !doc.BreakBefore(start) && doc.Tokens[k].Shape == TokenShape.Lower && KinLookup.Contains(doc.Word(k))
               && GivenNames.Contains(doc.Word(start)) && doc.MatchPlace(start, out _) == 0;
    }

    /// <summary>Whether a person word stands right before token <paramref name="start"/> on its line.</summary>
    public static bool Before(DocumentContext doc, int start)
    {
        if (start == 0 || doc.BreakBefore(start))
        {
            return false;
        }

        int k = start - 1;
        var w = doc.Word(k);
        var shape = doc.Tokens[k].Shape;

        // "world champion Atlanta Braves": a run opening with a town is a club or a firm.
        if (doc.MatchPlace(start, out _) > 0)
        {
            return false;
        }

        // "lead manager Lehman Brothers": a bond issue's manager is a bank.
        if (shape == TokenShape.Lower)
        {
            return Lookup.Contains(w) && !(doc.Is(k, "manager") && k > 0 && doc.Is(k - 1, "lead"));
        }

        // Capitalised, only words that are rarely part of a name themselves ("the Singer World Series", "General Motors").
        return shape == TokenShape.Capitalized && (CapitalLookup.Contains(w) || w.EndsWith("-ranked", StringComparison.Ordinal)
                                                   || w.EndsWith("-seeded", StringComparison.Ordinal));
    }
}
