using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// An unknown all-capital short word (three to five letters; two-letter ones are too often state or unit
/// abbreviations) in running text ("PUK", "PKK", "USDA") is, in news, almost always an
/// organisation: parties, agencies, companies. Known places ("UAE") and treaties are matched before this; common
/// non-organisation abbreviations are listed; headlines are skipped, since there every word is in capitals.
/// </summary>
internal static class OrganizationAcronym
{
    private static readonly HashSet<string> NotOrganizations = new(StringComparer.Ordinal)
    {
        "GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "AM", "PM", "CEO", "CFO", "COO", "MP", "MPs", "MEP", "PR", "TV",
        "GDP", "GNP", "CPI", "PPI", "VAT", "AIDS", "HIV", "SARS", "DNA", "ID", "IT", "OK", "PC", "CD", "DVD", "USD", "EUR", "GBP", "JPY",
        "BC", "AD", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "FM", "UK", "US", "USA", "EU", "HQ", "IPO", "LNG",
        "ICBM", "WMD", "RPG", "UAV", "SUV", "NB", "PS", "RE", "FYI", "QC", "KO", "MVP", "ERA", "RBI", "HK", "NZ", "PCT", "NOTE", "NOTES",
        "CAPS", "DEM", "REP", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU",
        "FRI", "SAT", "SUN", "NO", "VS", "AT", "ADV", "ATTN", "UPDATE", "URGENT", "CORRECTED", "REFILE", "TOTAL", "EPS", "GOLF", "POLO", "JUDO", "SUMO", "AVG", "PTS", "MIN", "MAX",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOrganizationLookup = NotOrganizations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOne(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        var word = doc.Word(i);
        if (tokens[i].Shape != TokenShape.AllCaps || word.Length is < 3 or > 5 || ContainsNonLetter(word)
            || NotOrganizationLookup.Contains(word) || RoleLexicon.Shared.IsRoleWord(word) || doc.MatchPlace(i, out _) > 0)
        {
            return false;
        }

        // In an all-caps headline every word qualifies; ask for ordinary words around it on its line.
        if (AbbreviatesTreaty(doc, word) || AcronymLabel.IsOne(doc, i))
        {
            return false; // "the Coastal Arms Limitation Treaty (CALT)", "AMT : 3,250,000"
        }

        // "PSV Eindhoven": the acronym opens a longer name, left to the recognizers of longer names.
        bool opensName = i + 1 < tokens.Length && tokens[i + 1].Shape == TokenShape.Capitalized && !doc.BreakBefore(i + 1);
        return !opensName && !ShoutingNeighbour(doc, i - 1, i) && !ShoutingNeighbour(doc, i + 1, i);
    }

    private static bool AbbreviatesTreaty(DocumentContext doc, ReadOnlySpan<char> word)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Treaty && Acronym.Matches(word.ToString(), m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ShoutingNeighbour(DocumentContext doc, int k, int i)
        => k >= 0 && k < doc.Tokens.Length && !doc.BreakBefore(Math.Max(k, i))
           && doc.Tokens[k].Shape == TokenShape.AllCaps && doc.Tokens[k].Length > 1;

    private static bool ContainsNonLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
