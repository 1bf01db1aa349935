using Readout.Annotation.Names;
using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// Countries the shipped gazetteer does not know, read off their demonyms. A capitalised word that is not
/// in the gazetteer and stands directly before a role title ("Belmarian Foreign Secretary") or a
/// government-type organisation head ("Belmarian Foreign Ministry", "the Belmarian government") is taken as
/// a demonym and turned into its country by generic English morphology: -ian → -ia, -ean → -ea,
/// -an → -a when the stem has at least four letters; -ese is ambiguous (Japan, China, Malta) and stays
/// unresolved. What is learned holds for the whole document, so the bare country name ("Belmaria") and
/// later uses of the demonym are places too. Gazetteer entries always win (Russian → Russia, American →
/// United States), and a derived name the gazetteer knows takes its canonical entry.
/// </summary>
internal static class DemonymFallback
{
    // Common English words and proper nouns with demonym-like endings that stand before titles or
    // organisations without naming a country ("Humanitarian Coordinator", "Republican Senator", "Michigan Governor").
    private static readonly HashSet<string> NotDemonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Humanitarian", "Christian", "Libertarian", "Parliamentarian", "Civilian", "Veteran", "Human", "Urban", "Suburban",
        "Partisan", "Bipartisan", "Republican", "Anglican", "Lutheran", "Metropolitan", "Cosmopolitan", "Utilitarian",
        "Totalitarian", "Authoritarian", "Sectarian", "Agrarian", "Guardian", "Librarian", "Historian", "Comedian",
        "Musician", "Physician", "Technician", "Politician", "Magician", "Electrician", "Mathematician", "Statistician",
        "Academician", "Barbarian", "Vegetarian", "Proletarian", "Unitarian", "Presbyterian", "Episcopalian", "Pedestrian",
        "Median", "Meridian", "Custodian", "European", "Mediterranean", "Caribbean", "Pan-European",
        "Eurasian", "Vatican", "Michigan", "Kazakhstan", "Pakistan", "Afghanistan", "Uzbekistan", "Turkmenistan",
        "Tajikistan", "Kyrgyzstan", "Taiwan", "Sudan", "Jordan", "Oman", "Iran", "Japan", "Bhutan", "Yucatan",
        "Olympian", "Shakespearean", "Victorian", "Elizabethan", "Edwardian", "Darwinian", "Orwellian", "Freudian",
        "Trojan", "Titan", "Pelican", "Spartan", "Puritan", "Samaritan", "Woman", "Businessman",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotDemonymLookup = NotDemonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> GovernmentWords = new(StringComparer.Ordinal)
    {
        "government", "authorities", "ministry", "embassy", "parliament", "delegation", "leadership", "cabinet", "administration",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GovernmentLookup = GovernmentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> OrgHeads = new(StringComparer.Ordinal)
    {
        "Ministry", "Government", "Embassy", "Parliament", "Cabinet", "Administration", "Delegation", "Mission", "Council",
        "Senate", "Congress", "Assembly", "Army", "Navy", "Forces", "Department", "Office", "Presidency", "Authorities",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgHeadLookup = OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The country a demonym-shaped word names by morphology alone, or null ("Ostravian" → "Ostravia").</summary>
    public static string? Derive(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]))
        {
            return null;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return null;
            }
        }

        if (word[1..].ContainsAnyInRange('A', 'Z') || NotDemonymLookup.Contains(word))
        {
            return null;
        }

        if (word.EndsWith("ese", StringComparison.Ordinal))
        {
            return null; // Japanese, Chinese, Maltese: no single rule
        }

        if (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal))
        {
            return word[..^1].ToString();
        }

        if (word.EndsWith("an", StringComparison.Ordinal) && word.Length - 2 >= 4 && !word.EndsWith("stan", StringComparison.Ordinal))
        {
            return word[..^1].ToString();
        }

        return null;
    }

    /// <summary>Scans the document once, before the recognizers, and records every demonym the fallback accepts.</summary>
    public static void Learn(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            // Every word Derive accepts ends in "an": the cheap test first rules out nearly all capitalised words.
            if (tokens[i].Shape != TokenShape.Capitalized || !doc.Word(i).EndsWith("an", StringComparison.Ordinal)
                || doc.BreakBefore(i + 1) || doc.MatchPlace(i, out _) > 0
                || RoleLexicon.Shared.IsRoleWord(doc.Word(i)) || Derive(doc.Word(i)) is not { } country
                || !BeforeTitleOrGovernment(doc, i + 1))
            {
                continue;
            }

            var entry = doc.Gazetteer.TryGet(country, out var known) && known.Form == PlaceForm.Country
                ? known
                : new PlaceEntry(country, "place:" + NameFolding.Slug(country), PlaceForm.Country);
            doc.LearnCountry(doc.Word(i).ToString(), entry);
        }
    }

    // "Foreign Secretary", "opposition leader", "President" (a role title), or "Foreign Ministry" / "government".
    private static bool BeforeTitleOrGovernment(DocumentContext doc, int j)
    {
        var tokens = doc.Tokens;
        if (GovernmentLookup.Contains(doc.Word(j)))
        {
            return true;
        }

        // A capitalised run of up to three words ending in a government-type head ("Foreign Ministry", "Armed Forces").
        for (int k = j; k < tokens.Length && k < j + 3 && tokens[k].Shape == TokenShape.Capitalized && !(k > j && doc.BreakBefore(k)); k++)
        {
            if (OrgHeadLookup.Contains(doc.Word(k)))
            {
                return true;
            }
        }

        if (RoleParser.TryParse(doc, j, out var role) && role.Country is null)
        {
            return true;
        }

        // "Belmarian leader Edwin Larcombe": a lone lowercase head counts when a name follows it.
        return RoleLexicon.Shared.IsHead(doc.Word(j)) && j + 1 < tokens.Length && tokens[j + 1].Shape == TokenShape.Capitalized && !doc.BreakBefore(j + 1);
    }
}
