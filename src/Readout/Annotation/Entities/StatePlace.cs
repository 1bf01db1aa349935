using System.Globalization;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// News style names a North American town with its state or province abbreviated after a comma ("Woodridge , Ill .",
/// "RICHMOND , Va .", "Paramount , Calif. , is"): the abbreviation is the state and the capitalised words before
/// the comma the town, known to the gazetteer or not. Runs before organisations, so "Bestop Inc of Boulder , Colo ." keeps its town.
/// </summary>
internal static class StatePlace
{
    private const int MaxTownWords = 3;

    // AP-style abbreviations (and Canadian provinces) with the full name; postal codes are left out as too ambiguous.
    private static readonly Dictionary<string, string> States = new(StringComparer.Ordinal)
    {
        ["Ala"] = "Alabama",
        ["Ariz"] = "Arizona",
        ["Ark"] = "Arkansas",
        ["Calif"] = "California",
        ["Colo"] = "Colorado",
        ["Conn"] = "Connecticut",
        ["Del"] = "Delaware",
        ["Fla"] = "Florida",
        ["Ga"] = "Georgia",
        ["Ill"] = "Illinois",
        ["Ind"] = "Indiana",
        ["Kan"] = "Kansas",
        ["Kans"] = "Kansas",
        ["Ky"] = "Kentucky",
        ["La"] = "Louisiana",
        ["Md"] = "Maryland",
        ["Mass"] = "Massachusetts",
        ["Mich"] = "Michigan",
        ["Minn"] = "Minnesota",
        ["Miss"] = "Mississippi",
        ["Mo"] = "Missouri",
        ["Mont"] = "Montana",
        ["Neb"] = "Nebraska",
        ["Nebr"] = "Nebraska",
        ["Nev"] = "Nevada",
        ["N.H"] = "New Hampshire",
        ["N.J"] = "New Jersey",
        ["N.M"] = "New Mexico",
        ["N.Y"] = "New York",
        ["N.C"] = "North Carolina",
        ["N.D"] = "North Dakota",
        ["Okla"] = "Oklahoma",
        ["Ore"] = "Oregon",
        ["Pa"] = "Pennsylvania",
        ["R.I"] = "Rhode Island",
        ["S.C"] = "South Carolina",
        ["S.D"] = "South Dakota",
        ["Tenn"] = "Tennessee",
        ["Tex"] = "Texas",
        ["Vt"] = "Vermont",
        ["Va"] = "Virginia",
        ["Wash"] = "Washington",
        ["W.Va"] = "West Virginia",
        ["Wis"] = "Wisconsin",
        ["Wisc"] = "Wisconsin",
        ["Wyo"] = "Wyoming",
        ["Ont"] = "Ontario",
        ["Que"] = "Quebec",
        ["Alta"] = "Alberta",
        ["Sask"] = "Saskatchewan",
        ["B.C"] = "British Columbia",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = States.GetAlternateLookup<ReadOnlySpan<char>>();

    // Postal codes, read only in a table row that a town opens ("Billings MT 4.62 up .01"), where nothing else fits.
    private static readonly Dictionary<string, string> PostalCodes = new(StringComparer.Ordinal)
    {
        ["AL"] = "Alabama",
        ["AK"] = "Alaska",
        ["AZ"] = "Arizona",
        ["AR"] = "Arkansas",
        ["CA"] = "California",
        ["CO"] = "Colorado",
        ["CT"] = "Connecticut",
        ["DE"] = "Delaware",
        ["FL"] = "Florida",
        ["GA"] = "Georgia",
        ["HI"] = "Hawaii",
        ["ID"] = "Idaho",
        ["IL"] = "Illinois",
        ["IN"] = "Indiana",
        ["IA"] = "Iowa",
        ["KS"] = "Kansas",
        ["KY"] = "Kentucky",
        ["LA"] = "Louisiana",
        ["ME"] = "Maine",
        ["MD"] = "Maryland",
        ["MA"] = "Massachusetts",
        ["MI"] = "Michigan",
        ["MN"] = "Minnesota",
        ["MS"] = "Mississippi",
        ["MO"] = "Missouri",
        ["MT"] = "Montana",
        ["NE"] = "Nebraska",
        ["NV"] = "Nevada",
        ["NH"] = "New Hampshire",
        ["NJ"] = "New Jersey",
        ["NM"] = "New Mexico",
        ["NY"] = "New York",
        ["NC"] = "North Carolina",
        ["ND"] = "North Dakota",
        ["OH"] = "Ohio",
        ["OK"] = "Oklahoma",
        ["OR"] = "Oregon",
        ["PA"] = "Pennsylvania",
        ["RI"] = "Rhode Island",
        ["SC"] = "South Carolina",
        ["SD"] = "South Dakota",
        ["TN"] = "Tennessee",
        ["TX"] = "Texas",
        ["UT"] = "Utah",
        ["VT"] = "Vermont",
        ["VA"] = "Virginia",
        ["WA"] = "Washington",
        ["WV"] = "West Virginia",
        ["WI"] = "Wisconsin",
        ["WY"] = "Wyoming",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PostalLookup = PostalCodes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        TableRows(doc);
        for (int k = 2; k < tokens.Length; k++)
        {
            if (!tokens[k].IsCapitalized || !doc.Is(k - 1, ",") || doc.BreakBefore(k) || doc.BreakBefore(k - 1) || doc.IsClaimed(k)
                || !tokens[k - 2].IsCapitalized || !Lookup.TryGetValue(doc.Word(k).TrimEnd('.'), out var state))
            {
                continue;
            }

            // The abbreviation ends its phrase: a period (its own or the next token), a comma or the line's end.
            bool closed = doc.Word(k)[^1] == '.' || k + 1 == tokens.Length || doc.BreakBefore(k + 1) || doc.Is(k + 1, ".") || doc.Is(k + 1, ",");
            if (!closed)
            {
                continue;
            }

            int townStart = k - 2;
            while (townStart > 0 && k - 1 - townStart < MaxTownWords && tokens[townStart - 1].IsCapitalized && !doc.BreakBefore(townStart)
                   && !doc.IsClaimed(townStart - 1))
            {
                townStart--;
            }

            if (doc.Is(townStart, "The") && townStart < k - 2)
            {
                townStart++; // "The San Jose , Calif. , company"
            }

            if (doc.IsFree(townStart, k - 1))
            {
                AddTown(doc, townStart, k - 1, state);
            }

            var span = doc.SpanOf(k, k + 1);
            doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(state), state) { Country = CountryOf(state) }, k, k + 1);
        }
    }

    // "Coolee City WA 5.13 up .02": a line opening with one to three capitalised words, a postal code and a figure or a
    // dash (a price table by town). Anything else keeps the code unread ("US OR EU").
    private static void TableRows(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int k = 1; k + 1 < tokens.Length && k <= MaxTownWords; k++)
        {
            TableRow(doc, 0, k);
        }

        for (int start = 1; start < tokens.Length; start++)
        {
            if (!doc.BreakBefore(start))
            {
                continue;
            }

            for (int k = start + 1; k + 1 < tokens.Length && k - start <= MaxTownWords && !doc.BreakBefore(k); k++)
            {
                if (TableRow(doc, start, k))
                {
                    break;
                }
            }
        }
    }

    private static bool TableRow(DocumentContext doc, int start, int k)
    {
        var tokens = doc.Tokens;
        if (tokens[k].Length != 2 || tokens[k].Shape != TokenShape.AllCaps || !PostalLookup.TryGetValue(doc.Word(k), out var state)
            || doc.BreakBefore(k + 1) || !(tokens[k + 1].Shape == TokenShape.Number || doc.Is(k + 1, "-")) || !doc.IsFree(start, k + 1))
        {
            return false;
        }

        for (int t = start; t < k; t++)
        {
            if (tokens[t].Shape != TokenShape.Capitalized)
            {
                return false;
            }
        }

        AddTown(doc, start, k, state);
        doc.Add(new MentionDraft(MentionKind.Place, doc.SpanOf(k, k + 1), "place:" + NameFolding.Slug(state), state) { Country = "United States" }, k, k + 1);
        return true;
    }

    private static void AddTown(DocumentContext doc, int start, int end, string state)
    {
        var span = doc.SpanOf(start, end);
        if (doc.MatchPlace(start, out var entry) == end - start && entry.Form != PlaceForm.Country)
        {
            doc.Add(new MentionDraft(MentionKind.Place, span, entry.CityKey, entry.City ?? entry.Country) { Country = entry.Country }, start, end);
            return;
        }

        string name = span.Slice(doc.Text);
        if (doc.Tokens[start].Shape == TokenShape.AllCaps)
        {
            name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        }

        doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name) { Country = CountryOf(state) }, start, end);
    }

    private static string CountryOf(string state)
        => state is "Ontario" or "Quebec" or "Alberta" or "Saskatchewan" or "British Columbia" ? "Canada" : "United States";
}
