using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Finds organisations: shipped names (<c>Data/organizations.tsv</c>), country ministries in either word
/// order ("Russian Foreign Ministry" = "Foreign Ministry of Russia" = "Ministry of Foreign Affairs of the
/// Russian Federation" → <c>org:russia-foreign-ministry</c>), "X news agency", and capitalised runs ending in
/// an organisation head word ("Security Council", "Working Group"), with a leading demonym folded to its country.
/// </summary>
internal static class OrganizationRecognizer
{
    private static readonly PhraseMatcher<(string Key, string Name)> Known = LoadKnown();
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Council", "Agency", "Organization", "Organisation", "Union", "Assembly", "Committee", "Commission", "Party", "Bank", "Fund",
        "Court", "Parliament", "Congress", "Senate", "Duma", "Office", "Service", "Administration", "Group", "University", "Institute",
        "Alliance", "Corporation", "Company", "Forum", "Movement", "Army", "Guard", "Academy", "Foundation", "Department", "Ministry",
        "Cabinet", "Government", "Police", "Navy", "Forces", "Command", "Secretariat", "Embassy", "Mission", "Directorate", "Bureau",

    };

    // Companies, clubs and media: legal forms and the heads their names end in. Alone they name nothing.
    private static readonly HashSet<string> NamedHeads = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Plc", "PLC", "AG", "GmbH", "NV", "SpA", "Holdings", "Industries", "Airlines", "Airways",
        "Motors", "Bancorp", "Securities", "Exchange", "Telecom", "Communications", "Technologies", "Systems", "Petroleum", "Pharmaceuticals",
        "Insurance", "Association", "Federation", "Society", "Club", "Rovers", "Wanderers", "Athletic", "Newsroom",
        "Newsdesk", "Times", "Post", "Herald", "Journal", "Tribune", "Gazette", "Television", "Radio", "Network", "Front", "Brigade", "Brigades",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedHeadLookup = NamedHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = Known.Match(doc.Text, tokens, i, out var known);
            if (n > 0 && doc.IsFree(i, i + n))
            {
                int end = i + n;
                if (doc.Is(end, "news") && doc.Is(end + 1, "agency"))
                {
                    end += 2;
                }

                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + known.Key, known.Name), i, end);
                i = end - 1;
                continue;
            }

            if (OrganizationAcronym.IsOne(doc, i))
            {
                string acronym = doc.Word(i).ToString();
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, i + 1), "org:" + NameFolding.Slug(acronym), acronym), i, i + 1);
                continue;
            }

            i = Run(doc, i) - 1;
        }

        TownNamedClub.Recognize(doc); // before people: "Gloria Dortvik" reads like a person's name
    }

    // A capitalised run [i, end) possibly joined by "of"/"for"/"on"; an organisation if it ends in a head word.
    private static int Run(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        int start = i;
        if (doc.Word(i) is "The" or "the")
        {
            start = ++i;
        }

        string? country = null;
        int k = start;

        // "... Use of Information and Communication Technologies": the tail of a longer name, not a company.
        bool continuation = start > 0 && (doc.Is(start - 1, "and") || doc.Is(start - 1, "of"));
        int lastHead = -1;
        while (k < tokens.Length && !doc.IsClaimed(k) && !(k > start && doc.BreakBefore(k)))
        {
            if (tokens[k].IsCapitalized)
            {
                if (HeadLookup.Contains(doc.Word(k)) || k > start && !continuation && NamedHeadLookup.Contains(doc.Word(k)))
                {
                    lastHead = k;
                }

                k++;
            }
            else if ((doc.Is(k, "of") || doc.Is(k, "for") || doc.Is(k, "on")) && lastHead >= 0 && k + 1 < tokens.Length && tokens[k + 1].IsCapitalized)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (doc.Is(k, "news") && doc.Is(k + 1, "agency") && k > start)
        {
            string agency = doc.Text[tokens[start].Start..tokens[k - 1].End];
            doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, k + 2), "org:" + NameFolding.Slug(agency), agency), start, k + 2);
            return k + 2;
        }

        if (lastHead < 0)
        {
            return Math.Max(k, i + 1);
        }

        // Trailing "of <Country>" after the head qualifies the organisation ("Foreign Ministry of Russia").
        int end = lastHead + 1;
        if (doc.MatchPlace(start, out _) == end - start)
        {
            return end; // a place that ends like an organisation ("West Bank")
        }

        int ofCountry = -1;
        for (int q = lastHead + 1; q < k; q++)
        {
            if (doc.Is(q, "of") && doc.MatchPlace(q + 1, out var place) is > 0 and var pn && place.Form == PlaceForm.Country)
            {
                country = place.Country;
                ofCountry = q;
                end = q + 1 + pn;
                break;
            }
        }

        int nameStart = start;
        if (doc.MatchPlace(start, out var lead) is > 0 and var ln && lead.Form is PlaceForm.Country or PlaceForm.Demonym && ln <= lastHead - start)
        {
            country ??= lead.Country;
            nameStart = start + ln;
        }

        if (nameStart > lastHead)
        {
            return end;
        }

        string core = doc.Text[tokens[nameStart].Start..tokens[ofCountry > 0 ? ofCountry - 1 : lastHead].End];
        string key = "org:" + (country is null ? "" : NameFolding.Slug(country) + "-") + CanonicalCore(core);
        string name = doc.Text[tokens[start].Start..tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), key, name) { Country = country }, start, end);
        return end;
    }

    // "Ministry of Foreign Affairs" and "Foreign Ministry" are one body: portfolio first, "-ministry" last.
    private static string CanonicalCore(string core)
    {
        string slug = NameFolding.Slug(core);
        foreach (var head in new[] { "ministry", "department" })
        {
            string prefix = head + "-of-";
            string alt = head + "-for-";
            if (slug.StartsWith(prefix, StringComparison.Ordinal) || slug.StartsWith(alt, StringComparison.Ordinal))
            {
                slug = slug[prefix.Length..].Replace("the-", "", StringComparison.Ordinal) + "-" + head;
            }
        }

        return slug.Replace("foreign-affairs-", "foreign-", StringComparison.Ordinal);
    }

    private static PhraseMatcher<(string Key, string Name)> LoadKnown()
    {
        var matcher = new PhraseMatcher<(string, string)>();
        foreach (var line in EmbeddedData.Lines("organizations.tsv"))
        {
            var f = EmbeddedData.Fields(line, 3);
            matcher.Add(f[1], (f[0], f[1]));
            foreach (var alias in EmbeddedData.List(f[2]))
            {
                matcher.Add(alias, (f[0], f[1]));
            }
        }

        return matcher;
    }
}
