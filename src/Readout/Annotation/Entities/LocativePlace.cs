using System.Collections.Frozen;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A name the gazetteer lacks is a place where only a place can stand: after "in", "at" or "near" ("refugees
/// rallied in Matuzici", "the final test at The Oval on Thursday"), after "town of" or "km from", and a venue
/// opening a results line ("At Trent Bridge :"). Runs after organisations and people have claimed their names,
/// so what is left after a locative is rarely anything else; a word the text also writes in lower case ("in
/// Parliament"), a month or a weekday is not taken. <see cref="RepeatedNames"/> then carries the place through the document.
/// </summary>
internal static class LocativePlace
{
    private const int MaxWords = 3;
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "near", "In", "At", "Near" };
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "town", "village", "city", "port", "province", "district", "region", "suburb", "suburbs", "outskirts", "island", "municipality",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "km", "kms", "miles", "kilometres", "kilometers",
        "state", "enclave", "county", "territory", "kingdom", "emirate", "settlement", "resort", "diocese", "towns", "villages", "islands",
    };

    // "the governor of north Kivu", "in southern Mindanao": a compass word in lower case only qualifies a place.
    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
        "southwestern", "central",
    };
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "English", "Spanish",
    };

    // After the place: punctuation, or a word that starts a new phrase ("in Doboj on Sunday", "at Stansted airport");
    // a lowercase noun after it makes the name an adjective ("in Moslem countries").
    private static readonly HashSet<string> Followers = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "and", "or", "but", "for", "to", "from", "where", "when", "after", "before", "during", "last", "this", "since",
        "until", "with", "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "earlier", "late", "early",
        "area", "region", "district", "province", "town", "city", "village", "airport", "border", "municipality", "which", "who",
    };

    // A run ending with one of these names an institution or an event, not a place ("Civil War", "Federal Reserve").
    private static readonly HashSet<string> NotPlaceHeads = new(StringComparer.Ordinal)
    {
        "War", "Reserve", "Nations", "School", "Party", "Union", "Bank", "Group", "Council", "Startup", "Cup", "Games", "Open", "Two",
    };

    // "analyst at Fahnestock", "shares in Repsol": after these, "at" or "in" introduces an employer or a company.
    private static readonly HashSet<string> Employers = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "director", "head", "manager", "trader", "traders",
        "dealer", "dealers", "spokesman", "spokeswoman", "official", "officials", "executive", "executives", "chairman", "president",
        "worked", "works", "working", "employee", "employees", "stake", "shares", "interest", "investment", "job", "chief",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueHeadLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "Bridge", "Park", "Palace", "Abbey", "Hospital", "Station", "Home", "Stadium", "Square", "Gardens", "Ground",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FollowerLookup = Followers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlaceHeadLookup = NotPlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EmployerLookup = Employers.GetAlternateLookup<ReadOnlySpan<char>>();
    // Frozen: Cue probes the word before every free capitalised token.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativeLookup = Locatives.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNounLookup = PlaceNouns.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlaceLookup = NotPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompassLookup = Compass.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || doc.BreakBefore(i) || !Cue(doc, i - 1))
            {
                continue;
            }

            // "the village of Karin Gornji": after a settlement's noun even a given name opens the place's name.
            // So does a venue line's "At" ("At Trent Bridge :"), and a venue's head ends a given-name-led run ("at Trent Bridge").
            int start = i, end = RunEnd(doc, i, givenAllowed: doc.Is(i - 1, "of") || doc.Is(i - 1, "from") || doc.Is(i - 1, "At") && (i == 1 || doc.BreakBefore(i - 1)));
            if (end < 0)
            {
                continue;
            }

            // After a compass word, a word shaped like a nationality qualifies a people ("southern Sicilian towns").
            if (CompassLookup.Contains(doc.Word(i - 1)) && (doc.Word(i).EndsWith("an", StringComparison.Ordinal) || doc.Word(i).EndsWith("ese", StringComparison.Ordinal)
                                                            || doc.Word(i).EndsWith("ish", StringComparison.Ordinal)))
            {
                continue;
            }

            bool venueLine = doc.Is(i - 1, "At") && (i - 1 == 0 || doc.BreakBefore(i - 1)) && doc.Is(end, ":");
            bool leadingThe = doc.Is(start, "The") && end - start > 1; // "at The Oval": a capitalised article belongs to the name
            if (!venueLine && tokens[start].SentenceStart || !venueLine && tokens[start].Shape == TokenShape.AllCaps)
            {
                continue;
            }

            if (!venueLine && (!Followed(doc, end) || i > 1 && EmployerLookup.Contains(doc.Word(i - 2)) || NotPlaceHeadLookup.Contains(doc.Word(end - 1))
                               || Rejected(doc, start, end, leadingThe)))
            {
                continue;
            }

            var span = doc.SpanOf(start, end);
            string name = span.Slice(doc.Text);
            doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name), start, end);
            i = end - 1;
        }
    }

    private static bool Cue(DocumentContext doc, int k)
        => LocativeLookup.Contains(doc.Word(k)) || CompassLookup.Contains(doc.Word(k))
           || (doc.Is(k, "of") || doc.Is(k, "from")) && k > 0 && PlaceNounLookup.Contains(doc.Word(k - 1));

    // The capitalised run from i: 1–3 unclaimed words, ending before lower case or punctuation, or -1 when it runs on.
    private static int RunEnd(DocumentContext doc, int i, bool givenAllowed)
    {
        var tokens = doc.Tokens;
        int end = i;
        while (end < tokens.Length && end - i < MaxWords + 1 && tokens[end].Shape == tokens[i].Shape && !doc.IsClaimed(end)
               && (end == i || !doc.BreakBefore(end)) && !NotPlaceLookup.Contains(doc.Word(end)))
        {
            end++;
        }

        bool runsOn = end < tokens.Length && !doc.BreakBefore(end) && (tokens[end].IsCapitalized || doc.IsClaimed(end) && tokens[end].IsCapitalized);
        return end == i || end - i > MaxWords || runsOn || !givenAllowed && GivenNames.Contains(doc.Word(i)) && end - i > 1 && !VenueHeadLookup.Contains(doc.Word(end - 1)) ? -1 : end;
    }

    private static bool Followed(DocumentContext doc, int end)
        => end >= doc.Tokens.Length || doc.BreakBefore(end) || doc.Tokens[end].Shape == TokenShape.Punctuation && !doc.Is(end, "'s") && !doc.Is(end, "'")
           || FollowerLookup.Contains(doc.Word(end));

    /// <summary>Whether the run is no place though a cue points at it: a camel-case word, a person's name here, a common noun.</summary>
    public static bool Rejected(DocumentContext doc, int start, int end, bool leadingThe)
    {
        for (int k = leadingThe ? start + 1 : start; k < end; k++)
        {
            if (Camel(doc.Word(k)) || SurnameHere(doc, k))
            {
                return true;
            }
        }

        // A lone word the text also writes in lower case is a common noun; a lone given name is a person the text left bare;
        // one the text also puts in the plural names a people ("in Moslem , Serb and Croat sectors" beside "Moslems").
        return end - start == 1 && (doc.Tokens[start].Length < 3 || SurnameCue.WrittenLower(doc, start)
                                    || GivenNames.IsWordLike(doc.Word(start)) || doc.HasCapitalizedPlural(doc.Word(start)));
    }

    // "JavaSoft", "ADRs", "DeJesus": an inner capital after a lowercase letter marks a product, a company or a surname.
    private static bool Camel(ReadOnlySpan<char> word)
    {
        for (int c = 1; c < word.Length; c++)
        {
            if (char.IsUpper(word[c]) && char.IsLower(word[c - 1]))
            {
                return true;
            }
        }

        return word.Length > 1 && char.IsUpper(word[^2]) && word[^1] == 's';
    }

    // "in Dole 's campaign": a name used for a person in this document.
    private static bool SurnameHere(DocumentContext doc, int k)
        => doc.IsPersonName(NameFolding.FoldToken(doc.Word(k)));
}
