using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Organisations named after a town: a town or region inside a longer capitalised run on its line is the
/// organisation's name, not the place ("Washington Post", "Chicago Bulls", "Ajax Amsterdam", "PSV Eindhoven").
/// Geographic qualifiers ("Greater London", "East Jerusalem", "Lake Geneva") and names of events or
/// documents ("Minsk Agreements", "Atlanta Olympics") do not make an organisation.
/// </summary>
internal static class NamedAfterPlace
{
    private static readonly HashSet<string> NotOrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Greater", "Upper", "Lower", "Inner", "Outer",
        "Old", "New", "Downtown", "Metropolitan", "Lake", "Mount", "Mountains", "River", "Valley", "Island", "Islands", "Bay", "Gulf", "Port",
        "Cape", "Province", "State", "City", "County", "District", "Region", "Oblast", "Square", "Street", "Airport", "Stadium", "DC", "D.C.",
        "Format", "Agreement", "Agreements", "Accord", "Accords", "Convention", "Conventions", "Declaration", "Protocol", "Process", "Summit",
        "Conference", "Talks", "Games", "Olympics", "Olympic", "Open", "Marathon", "Cup", "Grand", "Prix", "Masters", "Classic", "Derby",
        "Plan", "Initiative", "Memorandum", "Communique", "Charter", "Treaty", "Group",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOrganizationLookup = NotOrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the organisation when the place [start, end) sits inside a longer run; <paramref name="runEnd"/> is where it ends.</summary>
    public static bool TryAdd(DocumentContext doc, int start, int end, out int runEnd, bool demonym = false)
    {
        var tokens = doc.Tokens;
        bool caps = tokens[start].Shape == TokenShape.AllCaps;
        int s = start;
        while (s > 0 && !doc.BreakBefore(s) && Extends(doc, s - 1, caps) && !tokens[s - 1].SentenceStart)
        {
            s--;
        }

        int e = end;
        while (e < tokens.Length && !doc.BreakBefore(e) && Extends(doc, e, caps))
        {
            e++;
        }

        runEnd = e;
        if (s == start && e == end)
        {
            return false;
        }

        // "Iraqi Kurdish factions", "Rwandan Hutu refugees", "Pakistani Kashmir": a nationality before one more word
        // describes; only a body's head ("Ostravian Airways", "Ostravian Navy") makes the pair a name.
        if (s == start && demonym && e - end == 1 && !OrganizationRecognizer.IsHeadWord(doc.Word(end)))
        {
            return false;
        }

        if (s == start && demonym && PersonAfter(doc, end, e))
        {
            if (!NameLead.Is(doc, end)) // "American Father Tam Velo": the title's own rules read the priest
            {
                PersonDraft.Add(doc, end, NameEnd(doc, end, e));
            }

            return false;
        }

        string name = doc.Text[tokens[s].Start..tokens[e - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(s, e), "org:" + NameFolding.Slug(name), name), s, e);
        return true;
    }

    // "American Dana Rubin", "Ostravian Varnik": a nationality before one or two name words that end in a listed
    // surname or stop at a given name is a person so described, not a body named after the country.
    private static bool PersonAfter(DocumentContext doc, int end, int runEnd)
    {
        var tokens = doc.Tokens;
        if (runEnd - end > 2)
        {
            return false;
        }

        bool givenNext = runEnd < tokens.Length && !doc.BreakBefore(runEnd) && tokens[runEnd].Shape == TokenShape.Capitalized && GivenNames.Contains(doc.Word(runEnd));
        return givenNext || KnownSurnames.Contains(doc.Word(runEnd - 1));
    }

    // The person's name runs on over the given name that stopped the run ("Dana Rubin"), up to three words.
    private static int NameEnd(DocumentContext doc, int start, int runEnd)
    {
        int k = runEnd;
        while (k < doc.Tokens.Length && k - start < 3 && !doc.BreakBefore(k) && !doc.IsClaimed(k) && doc.Tokens[k].Shape == TokenShape.Capitalized)
        {
            k++;
        }

        return k;
    }

    // In an all-caps headline every word is capitalised, so only a mixed-case place can join its neighbours.
    private static bool Extends(DocumentContext doc, int k, bool placeInCaps)
    {
        var token = doc.Tokens[k];
        if (placeInCaps || doc.IsClaimed(k) || !token.IsCapitalized || NotOrganizationLookup.Contains(doc.Word(k)))
        {
            return false;
        }

        // A given name makes the run a person ("Stanley Perlo"), left to the people recognizers.
        return NameParser.IsNameWord(doc, k) && !GivenNames.Contains(doc.Word(k));
    }
}
