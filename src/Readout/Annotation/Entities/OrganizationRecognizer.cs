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
internal static partial class OrganizationRecognizer
{
    private static readonly PhraseMatcher<(string Key, string Name)> Known = LoadKnown();
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "Council", "Agency", "Organization", "Organisation", "Union", "Assembly", "Committee", "Commission", "Party", "Bank", "Fund",
        "Court", "Parliament", "Congress", "Senate", "Duma", "Office", "Service", "Administration", "Group", "University", "Institute",
        "Alliance", "Corporation", "Company", "Forum", "Movement", "Army", "Guard", "Academy", "Foundation", "Department", "Ministry",
        "Cabinet", "Government", "Police", "Navy", "Forces", "Command", "Secretariat", "Embassy", "Mission", "Directorate", "Bureau",
        "Treasury", "Desk", "Board", "Authority",
    };

    // Companies, clubs and media: legal forms and the heads their names end in. Alone they name nothing.
    private static readonly HashSet<string> NamedHeads = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Plc", "PLC", "AG", "GmbH", "NV", "SpA", "Holdings", "Industries", "Airlines", "Airways",
        "Motors", "Bancorp", "Securities", "Exchange", "Telecom", "Communications", "Technologies", "Systems", "Petroleum", "Pharmaceuticals",
        "Insurance", "Association", "Federation", "Society", "Club", "Rovers", "Wanderers", "Athletic", "Newsroom",
        "Newsdesk", "Times", "Post", "Herald", "Journal", "Tribune", "Gazette", "Daily", "Television", "TV", "Radio", "Network", "Front", "Brigade", "Brigades",
        "SA", "S.A.", "N.V.", "LP", "Bhd", "Cos", "International", "Trust", "Oy", "Oyj", "AB", "ASA", "Tbk",
    };

    // Named heads of membership bodies, which take a field or a place after "of" as a ministry does
    // ("Association of Realtors", "Federation of Trade Unions", "Press Trust of Ostravia").
    private static readonly HashSet<string> MemberHeads = new(StringComparer.Ordinal) { "Association", "Federation", "Society", "Trust" };

    // Heads that are common nouns, capitalised only by opening a sentence: "Police said", "Group sales rose".
    private static readonly HashSet<string> CommonHeads = new(StringComparer.Ordinal)
    {
        "Police", "Government", "Group", "Company", "Army", "Council", "Ministry", "Service", "Union", "Office", "Department", "Forces",
        "Navy", "Guard", "Fund", "Court", "Embassy", "Mission", "Cabinet", "Administration", "Agency", "Committee", "Bureau", "Institute",
        "Foundation", "Movement", "Alliance", "Party", "Organisation", "Organization", "Corporation", "Command", "Parliament",
        "Board", "Authority",
    };
    // Articles and dates that may open a capitalised run without being part of the name.
    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal)
    {
        "A", "An", "Both", "And", "Although", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadLookup = Leads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedHeadLookup = NamedHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonHeadLookup = CommonHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MemberHeadLookup = MemberHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word organisations' names end in: a body's head ("Ministry") or a firm's, club's or paper's ("Airways", "Times").</summary>
    public static bool IsHeadWord(ReadOnlySpan<char> word) => HeadLookup.Contains(word) || NamedHeadLookup.Contains(word);

    public static void Recognize(DocumentContext doc)
    {
        PlayerRow.Recognize(doc); // "Varnik 7 1 20 1 20.00": a player's figures, before any club reads the name
        PollHeader.Recognize(doc); // "KVP / LSU DPV Greens" above vote shares: before "KVP" is read as an acronym alone
        PossessiveName.Recognize(doc); // "Velcor's" before its "Velcor" is taken alone
        SportsLeague.Recognize(doc); // "American League" is a competition in a sports report
        PlaceTeam.Recognize(doc); // "Tarsk Kestrels" before the town is taken alone
        var tokens = doc.Tokens;
        List<string>? concepts = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = Known.Match(doc.Text, tokens, i, out var known);
            if (n > 0 && doc.IsFree(i, i + n))
            {
                // "Velmor Toronto Bureau", "Velmor Television": a known name opening a longer one ending in a head is that body.
                if (LongerNamed(doc, i, i + n, out int longer))
                {
                    i = longer - 1;
                    continue;
                }

                // "Xinhua news agency": the name alone is the organisation; "news agency" only says what it is.
                int end = i + NewsAgency.NameLength(doc, i, n);
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + known.Key, known.Name), i, end);
                i = end - 1;
                continue;
            }

            // "BSE" where the document defines it as "Bovine Spongiform Encephalopathy ( BSE )" is a disease, not a body.
            if (OrganizationAcronym.IsOne(doc, i) && !AcronymDefinition.Contains(concepts ??= AcronymDefinition.ConceptAcronyms(doc), doc.Word(i)))
            {
                // "CDU / CSU": two parties standing as one.
                int end = doc.Is(i + 1, "/") && i + 2 < tokens.Length && !doc.BreakBefore(i + 2) && OrganizationAcronym.IsOne(doc, i + 2) ? i + 3 : i + 1;
                string acronym = doc.Text[tokens[i].Start..tokens[end - 1].End];
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + NameFolding.Slug(acronym), acronym), i, end);
                i = end - 1;
                continue;
            }

            if (OrganizationNationalArm.ServiceLength(doc, i) is > 0 and var service)
            {
                OrganizationNationalArm.Add(doc, i, i + service); // "Radio Tarsk", "Statistics Ostravia"
                i += service - 1;
                continue;
            }

            i = Run(doc, i) - 1;
        }

        SportsHeadline.Recognize(doc); // "SOCCER - DORTVIK HOLD AMBRELL": no case to read names by, so before any other cue
        EarningsLine.Recognize(doc); // "MON Velcor YR EPS"
        CompanyShortNames.Propagate(doc); // "Velcor Inc" ... "Velcor said"
        CricketCounty.Recognize(doc);
        PressMasthead.Recognize(doc);
        AcronymDefinition.Recognize(doc); // "Velmor Mining Economics ( VME )": no head, but defined like a body
        ResultLines.Recognize(doc); // before people: "Gloria Tarsk 2 Kestrel Velm 1"
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

        // "A Finance Ministry", "THU Dortvik Group": an article or a date opening the run is not part of the name.
        while (start + 1 < tokens.Length && tokens[start + 1].IsCapitalized && !doc.BreakBefore(start + 1) && LeadLookup.Contains(doc.Word(start)))
        {
            start = ++i;
        }

        // "Los Velmos-based Velcor Inc": the firm's seat or owner before its name, up to three words in.
        for (int q = start; q < start + 3 && q + 1 < tokens.Length && tokens[q + 1].IsCapitalized && !doc.BreakBefore(q + 1); q++)
        {
            if (Descriptor(doc.Word(q)))
            {
                start = i = q + 1;
                break;
            }
        }

        string? country = null;
        int k = start;

        // "... Use of Information and Communication Technologies": the tail of a longer name, not a company.
        bool continuation = start > 0 && (doc.Is(start - 1, "and") || doc.Is(start - 1, "of"));
        bool legalFormEnds = continuation && (doc.Is(start - 1, "of") && !NamedHeadLookup.Contains(doc.Word(start)) || AfterBodyAnd(doc, start));
        int lastHead = -1;
        while (k < tokens.Length && !doc.IsClaimed(k) && !(k > start && doc.BreakBefore(k)))
        {
            if (tokens[k].IsCapitalized)
            {
                // A legal form ends a firm's name after "of" or another body's "and" ("counsel of Velcor Inc", "Brisko Corp and Velcor Inc").
                if (HeadLookup.Contains(doc.Word(k)) || k > start && (!continuation || legalFormEnds && CompanyShortNames.IsLegalForm(doc.Word(k))) && NamedHeadLookup.Contains(doc.Word(k)))
                {
                    lastHead = k;
                }

                k++;
            }
            else if ((doc.Is(k, "of") || doc.Is(k, "for") || doc.Is(k, "on")) && lastHead >= 0 && k + 1 < tokens.Length && tokens[k + 1].IsCapitalized)
            {
                k++;
            }
            else if (doc.Is(k, "of") && doc.Is(k + 1, "the") && lastHead == k - 1 && k + 2 < tokens.Length && tokens[k + 2].IsCapitalized && !doc.BreakBefore(k + 2))
            {
                k += 2; // "Organisation of the Islamic Conference"
            }
            else if (lastHead < 0 && k > start && (doc.Is(k, "and") || doc.Is(k, "&")) && JoinsHead(doc, start, k))
            {
                k++; // "Truth and Reconciliation Commission"
            }
            else if (k > start && FirmPartners(doc, k) is > 0 and var partners)
            {
                lastHead = partners; // "Fahnestock & Co", "Varn Brisko & Sons", "Velcor & Co Wertpapier GmbH"
                k = partners + 1;
                if (k - start == 3 && CommaPartner(doc, start))
                {
                    start -= 2; // "Kalf , Voorhis & Co": the first partner set off by a comma
                }
            }
            else if (lastHead < 0 && k > start && InnerPossessive(doc, k, k - 1 == start) is > 0 and var next)
            {
                k = next; // "Farmers' Union", "People's Daily"
            }
            else
            {
                break;
            }
        }

        if (lastHead >= start && doc.Is(lastHead + 1, "of") && k > lastHead + 2 && PortfolioAnd(doc, k) is > 0 and var joined)
        {
            k = joined; // "Department of Health and Social Services": a second portfolio after "and"
        }

        if (k > start && LegalFormAfterComma(doc, k))
        {
            lastHead = k + 1; // "Velmor Research , Inc": the legal form set off by a comma
            k += 2;
        }

        if (doc.Is(k, "news") && doc.Is(k + 1, "agency") && k > start)
        {
            NewsAgency.Add(doc, start, k);
            return k + 2;
        }

        if (lastHead < 0)
        {
            return Math.Max(k, i + 1);
        }

        // "Police said", "Police Commissioner X": a common noun opening the sentence names no one body ("Council of Europe" does).
        if (lastHead == start && tokens[start].SentenceStart && CommonHeadLookup.Contains(doc.Word(start))
            && !(doc.Is(start + 1, "of") || doc.Is(start + 1, "for") || doc.Is(start + 1, "on")))
        {
            return start + 1;
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

        if (ofCountry < 0 && (HeadLookup.Contains(doc.Word(lastHead)) || MemberHeadLookup.Contains(doc.Word(lastHead))))
        {
            end = OfTail(doc, lastHead + 1, k); // "Dortvik Inc of Tarsk" is a company and where it is
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

        string core = doc.Text[tokens[nameStart].Start..tokens[ofCountry > 0 ? ofCountry - 1 : end - 1].End];

        string key = "org:" + (country is null ? "" : NameFolding.Slug(country) + "-") + CanonicalCore(core);
        string name = doc.Text[tokens[start].Start..tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), key, name) { Country = country }, start, end);
        return end;
    }

    // "Tarsk-based Velcor Inc", "Privately-owned Bank Duta": where a firm sits or who owns it, not its name.
    private static bool Descriptor(ReadOnlySpan<char> word)
        => word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-listed", StringComparison.Ordinal)
           || word.EndsWith("-owned", StringComparison.Ordinal) || word.EndsWith("-controlled", StringComparison.Ordinal);

    // A known name followed on its line by capitalised words that end in a head: the run is the longer body's name.
    private static bool LongerNamed(DocumentContext doc, int start, int knownEnd, out int next)
    {
        next = knownEnd;
        var tokens = doc.Tokens;
        if (FirmPartners(doc, knownEnd) > 0)
        {
            int before = doc.Mentions.Count;
            int partnership = Run(doc, start); // "Velmor Lynch & Co": the partnership's full name
            next = doc.Mentions.Count > before ? partnership : knownEnd;
            return doc.Mentions.Count > before;
        }

        if (doc.Is(knownEnd, "of") && knownEnd + 1 < tokens.Length && tokens[knownEnd + 1].IsCapitalized && !doc.BreakBefore(knownEnd + 1))
        {
            next = Run(doc, start); // "Commonwealth of ...": a longer name, whatever it turns out to be
            return true;
        }

        int k = knownEnd;
        bool head = false;
        for (; k < tokens.Length && k < knownEnd + 3 && tokens[k].IsCapitalized && !doc.IsClaimed(k) && !doc.BreakBefore(k); k++)
        {
            head |= HeadLookup.Contains(doc.Word(k)) || NamedHeadLookup.Contains(doc.Word(k));
        }

        if (!head)
        {
            return false;
        }

        int count = doc.Mentions.Count;
        int end = Run(doc, start);
        if (doc.Mentions.Count > count && doc.Mentions[^1].Span.Start == tokens[start].Start && doc.Mentions[^1].Span.End > tokens[knownEnd - 1].End)
        {
            next = end;
            return true;
        }

        return false;
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
