using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// A capitalised word that may stand right before a person's name without being part of it: a nationality
/// ("Austrian Thomas Muster", "Frenchman Cedric Pioline"), a playing position or calling ("Midfielder Paulo
/// Sousa", "Actor Sylvester Stallone") or a seeding ("Top-seeded Thomas Muster"). Such a word does not make
/// the name after it the tail of a longer name.
/// </summary>
internal static class NameLead
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Dutchman", "Dutchwoman", "Irishman", "Welshman", "Scotsman",
        "Spaniard", "Briton", "Swede", "Dane", "Pole", "Finn", "Turk", "Scot", "Kiwi", "Swiss", "Compatriot", "Countryman",
        "Midfielder", "Striker", "Forward", "Defender", "Goalkeeper", "Keeper", "Winger", "Wing", "Fullback", "Full-back", "Centre",
        "Left-back", "Right-back", "Centre-back", "Sweeper", "Flanker", "Prop", "Hooker", "Scrum-half", "Fly-half", "Lock", "Captain", "Skipper", "Coach", "Manager", "Trainer", "Pitcher",
        "Reliever", "Starter", "Catcher", "Outfielder", "Infielder", "Shortstop", "Batsman", "Bowler", "Spinner", "Opener", "Paceman",
        "All-rounder", "Wicketkeeper", "Veteran", "Rookie", "Unseeded", "Champion", "Holder", "Teammate", "Team-mate", "Newcomer",
        "Sprinter", "Rider", "Driver", "Jockey", "Cyclist", "Actor", "Actress", "Singer", "Novelist", "Writer", "Author", "Playwright",
        "Director", "Producer", "Composer", "Comedian", "Detective", "Inspector", "Sergeant", "Constable", "Officer", "Judge",
        "Lawyer", "Attorney", "Colonel", "Major", "Lieutenant", "Corporal", "General", "Brigadier", "Marshal",
        "Bishop", "Sister", "Sisters", "Brother", "Father", "Monsignor", "Rabbi", "Imam", "Sheikh", "Dr", "Professor", "Businessman", "Banker",
        "Economist", "Analyst", "Former", "Defending", "Reigning",
        "Doctor", "Surgeon", "Nurse", "Accountant", "Engineer", "Teacher", "Farmer", "Pilot", "Photographer", "Journalist", "Reporter",
        "Major-General", "Lieutenant-General", "Brigadier-General", "Lieutenant-Colonel",
    };

    // Titles that are never a name's own word, so they end a capitalised run before a name: "District Judge Mark Wolf",
    // "Roman Catholic Bishop Pierre Claverie" (not "Major": "John Major").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new HashSet<string>(StringComparer.Ordinal)
    {
        "Judge", "Bishop", "Colonel", "Brigadier", "Sergeant", "Inspector", "Constable", "Monsignor", "Rabbi", "Imam", "Professor",
        "Major-General", "Lieutenant-General", "Brigadier-General", "Lieutenant-Colonel",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a title that stands inside a capitalised run only to introduce the name after it.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    public static bool Is(DocumentContext doc, int k)
    {
        var w = doc.Word(k);
        if (Lookup.Contains(w) || w.EndsWith("-seeded", StringComparison.OrdinalIgnoreCase) || w.EndsWith("-ranked", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("-seed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return doc.Tokens[k].Shape == TokenShape.Capitalized && doc.MatchPlace(k, out var place) == 1 && place.Form == PlaceForm.Demonym;
    }
}
