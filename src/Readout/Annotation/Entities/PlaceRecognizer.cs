using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Finds countries, demonyms and capitals through the <see cref="Gazetteer"/>, including inside hyphenated
/// compounds ("Russian-US"). A capital after a locative preposition ("in Moscow") is the city; otherwise
/// it stands for its government ("Moscow's proposals", "between Moscow and Washington") and keys to the country.
/// Other towns and regions are always the place itself, but a one-word town inside a longer capitalised run
/// ("Toyota Motor", "Lincoln Memorial") or used as a surname in the document is left alone, and a town
/// heading a score ("Marseille 1 Metz 2") is the club named after it.
/// </summary>
internal static class PlaceRecognizer
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "from", "at", "near", "into", "visit", "visited", "outside", "across", "around",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        SportsClub.Recognize(doc); // before places: a town heading a score is its club
        OrganizationCue.Recognize(doc); // and a town in a fixture, or a company by its shares
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = doc.MatchPlace(i, out var entry);
            if (n > 0 && doc.IsFree(i, i + n))
            {
                if (entry.Form != PlaceForm.Country && SportsClub.IsScore(doc, i, i + n))
                {
                    SportsClub.Add(doc, i, i + n);
                    i += n - 1;
                    continue;
                }

                if (entry.Form != PlaceForm.Demonym && Widened(doc, i, n, entry, out int widenedEnd))
                {
                    i = widenedEnd - 1; // "North Yemen", "the Taiwan Strait": a compass word or a geographic head makes one place
                    continue;
                }

                if (entry.Form == PlaceForm.Demonym && QualifiedPlace(doc, i, n))
                {
                    continue; // "Pakistani Kashmir", "Arab East Jerusalem": one place, the part a people holds
                }

                if (entry.Form != PlaceForm.Country && NamedAfterPlace.TryAdd(doc, i, i + n, out int end, entry.Form == PlaceForm.Demonym))
                {
                    i = end - 1;
                    continue;
                }

                if (entry.Form is PlaceForm.City or PlaceForm.Region)
                {
                    if (n > 1 || !InsideLongerName(doc, i) && !IsSurnameHere(doc, i))
                    {
                        Add(doc, doc.SpanOf(i, i + n), entry, city: true, i, i + n);
                    }

                    i += n - 1;
                    continue;
                }

                bool city = entry.Form == PlaceForm.Capital && (i == 0 || tokens[i].SentenceStart || IsLocative(doc, i - 1) || doc.Is(i + 1, ","));
                Add(doc, doc.SpanOf(i, i + n), entry, city, i, i + n);
                i += n - 1;
                continue;
            }

            if (doc.Word(i).Contains('-'))
            {
                Compound(doc, i);
            }
        }

        LocativePlace.Recognize(doc); // names the gazetteer lacks, where only a place can stand
        FacilityPlace.Recognize(doc); // and before a site's noun ("Stansted airport")
        PlacePair.Recognize(doc); // and paired with a known city ("Harlow and Dorvenk")
        PlaceAppositive.Recognize(doc); // and before its state in commas, a settlement's apposition or a geographic head
        RepeatedNames.Propagate(doc); // places come last, so every cue-found name is known by now
    }

    private static void Compound(DocumentContext doc, int i)
    {
        var token = doc.Tokens[i];
        int start = token.Start;
        var parts = new List<(TextSpan Span, PlaceEntry Entry)>();
        for (int p = token.Start; p <= token.End; p++)
        {
            if (p == token.End || doc.Text[p] == '-')
            {
                if (doc.TryGetPlace(doc.Text.AsSpan(start, p - start), out var entry))
                {
                    parts.Add((new TextSpan(start, p), entry));
                }

                start = p + 1;
            }
        }

        foreach (var (span, entry) in parts)
        {
            Add(doc, span, entry, city: false, i, i + 1);
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompassLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern", "Southeastern",
        "Southwestern", "Mount",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Western Ukraine", "North Yemen", "Mount Lebanon", "the Taiwan Strait", "Malta Freeport": a capitalised compass word
    // before a known place, or a geographic head after it, names one place (the gazetteer lists only the common ones);
    // not before a score, where "North Melbourne 14.12" is a club.
    private static bool Widened(DocumentContext doc, int i, int n, PlaceEntry entry, out int end)
    {
        var tokens = doc.Tokens;
        int start = i;
        end = i + n;
        if (i > 0 && tokens[i - 1].Shape == TokenShape.Capitalized && !doc.BreakBefore(i) && !doc.IsClaimed(i - 1) && CompassLookup.Contains(doc.Word(i - 1))
            && !(i > 1 && tokens[i - 2].IsCapitalized && !doc.BreakBefore(i - 1) && !tokens[i - 1].SentenceStart))
        {
            start = i - 1;
        }

        if (PlaceAppositive.IsGeoHead(doc, end) && !doc.BreakBefore(end) && !doc.IsClaimed(end))
        {
            end++;
        }

        if (start == i && end == i + n || end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end)
            || end < tokens.Length && tokens[end].Shape == TokenShape.Number)
        {
            end = i + n;
            return false;
        }

        var span = doc.SpanOf(start, end);
        string name = span.Slice(doc.Text);
        doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name) { Country = entry.Country.Length > 0 ? entry.Country : null }, start, end);
        return true;
    }

    // Seas are shared, so a demonym before one describes a coast ("the Bulgarian Black Sea resorts"), not a named part.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WaterLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "Sea", "Ocean", "Gulf", "Mediterranean", "Aegean", "Adriatic", "Atlantic", "Pacific", "Caribbean", "Baltic",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A demonym right before a town or region that closes the capitalised run names that place ("Iranian Kurdistan"):
    // one mention over both, keyed to the place.
    private static bool QualifiedPlace(DocumentContext doc, int i, int n)
    {
        var tokens = doc.Tokens;
        int j = i + n;
        if (j >= tokens.Length || tokens[j].Shape != TokenShape.Capitalized || doc.BreakBefore(j) || doc.MatchPlace(j, out var place) is not (> 0 and var m)
            || place.Form is not (PlaceForm.Region or PlaceForm.City) || !doc.IsFree(j, j + m)
            || j + m < tokens.Length && tokens[j + m].IsCapitalized && !doc.BreakBefore(j + m) || WaterLookup.Contains(doc.Word(j + m - 1)))
        {
            return false;
        }

        Add(doc, doc.SpanOf(i, j + m), place, city: true, i, j + m);
        return true;
    }

    // A capitalised neighbour on the same line makes a one-word town part of another name. A sentence's first
    // word does not count ("Visiting Bonn"), nor do all-caps headlines, where every word is capitalised.
    private static bool InsideLongerName(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        if (tokens[i].Shape == TokenShape.AllCaps)
        {
            return false;
        }

        bool before = i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].SentenceStart && !doc.BreakBefore(i);
        bool after = i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && !doc.BreakBefore(i + 1) && !OfficeAfter(doc, i + 1);
        return before || after;
    }

    // "Massachusetts Gov .", "Ohio Senator X": a singular office after the place is held there, not part of its name.
    private static bool OfficeAfter(DocumentContext doc, int k)
        => doc.Tokens[k].Shape == TokenShape.Capitalized && RoleLexicon.Shared.IsHead(doc.Word(k), out bool plural) && !plural;

    // "Hamilton" is a town, but not in a document about a person surnamed Hamilton.
    private static bool IsSurnameHere(DocumentContext doc, int i) => doc.IsPersonSurname(NameFolding.FoldToken(doc.Word(i)));

    private static void Add(DocumentContext doc, TextSpan span, PlaceEntry entry, bool city, int startToken, int endToken)
    {
        var draft = city
            ? new MentionDraft(MentionKind.Place, span, entry.CityKey, entry.City!) { Country = entry.Country.Length > 0 ? entry.Country : null }
            : new MentionDraft(MentionKind.Place, span, entry.CountryKey, entry.Country) { Country = entry.Country };
        doc.Add(draft, startToken, endToken);
    }

    private static bool IsLocative(DocumentContext doc, int k) => Locatives.Contains(doc.Word(k)); // a span probe: no string per capital
}
