using System.Text;
using Readout.Annotation.Actors;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Finds people by cues that hold in any news text: a role title before the name ("Russian Foreign Minister
/// Sergey Lavrov", "Presidents Putin and Biden"), an apposition after it ("Antony Blinken, the US Secretary
/// of State"), an honorific ("Mr Lavrov"), or a two-to-four word capitalised run whose first word is a known
/// given name, whose last word has a surname ending, or which is followed by a reporting verb or a title apposition.
/// Surname-only mentions without a cue are left to <see cref="CoreferenceResolver"/>.
/// </summary>
internal static class PersonRecognizer
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Mme", "Madam", "Miss", "Prof", "Lord",
        "Rev", "Lt", "Capt", "Sgt", "Col", "Cpl", "Maj", "Fr", // abbreviated ranks and clergy: "Navy spokesman Lt. Italo Pineda"
    };
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "stated", "added", "noted", "stressed", "emphasised", "emphasized", "spoke", "congratulated", "reminded",
        "confirmed", "displayed", "expressed", "urged", "asked", "met", "called", "announced", "wrote", "warned", "insisted", "replied",
        "explained", "argued", "declared", "tweeted", "pointed", "welcomed", "agreed", "discussed", "reiterated", "thanked", "praised",
        "criticised", "criticized", "accused", "denied", "signed", "visited", "talked", "held", "received", "hosted", "underlined",
    };
    private static readonly string[] SurnameEndings = ["ov", "ova", "ev", "eva", "sky", "ska", "skaya", "enko", "chuk", "vich", "yan", "shvily", "dze", "oglu", "escu", "ic"];
    private static readonly HashSet<string> NotSurnames = new(StringComparer.Ordinal)
    {
        "Street", "Avenue", "Road", "Lane", "Boulevard", "Square", "Center", "Centre", "Station", "Hall", "Park", "Bridge", "Hospital",
        "School", "College", "Church", "Fire", "Safety", "Airport", "Stadium", "Arena", "Island", "Hill", "Valley", "River", "Lake",
        "Sox", "Prize", "Award", "Trophy", "Cup", "Classic", "Open",
        "Catholic", "Catholics", "Orthodox", "Protestant", "Anglican", "Baptist", "Methodist", "Lutheran", "Presbyterian", // "Roman Catholic"
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSurnameLookup = NotSurnames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        int i = 0;
        while (i < tokens.Length)
        {
            i = tokens[i].Shape is TokenShape.Punctuation or TokenShape.Number ? i + 1 : TryAt(doc, i);
        }
    }

    /// <summary>"said", "told", "confirmed"…: a verb whose subject is a person.</summary>
    internal static bool IsReportingVerb(ReadOnlySpan<char> word) => VerbLookup.Contains(word);

    /// <summary>"Mr", "Dr", "Lt"…: a word that only stands before a person's name (its dot is a token of its own).</summary>
    internal static bool IsHonorific(ReadOnlySpan<char> word) => HonorificLookup.Contains(word);

    // Returns the next token index to look at.
    private static int TryAt(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        if (RoleParser.TryParse(doc, i, out var role, opensName: true) && role.End < tokens.Length)
        {
            int next = AddNamesAfterRole(doc, role);
            if (next > 0)
            {
                return next;
            }
        }

        if (HonorificLookup.Contains(doc.Word(i)))
        {
            int j = doc.Is(i + 1, ".") ? i + 2 : i + 1;
            if (j < tokens.Length && !doc.IsClaimed(j) && NameParser.TryParse(doc, j, out var honoured))
            {
                return AddPerson(doc, honoured, null);
            }
        }

        // "Mother Angelica": a nun's religious title is part of how she is named, unlike a role or an honorific.
        if (doc.Is(i, "Mother") && i + 1 < tokens.Length && !doc.BreakBefore(i + 1) && !doc.IsClaimed(i) && !doc.IsClaimed(i + 1)
            && GivenNames.Contains(doc.Word(i + 1)) && NameParser.TryParse(doc, i + 1, out var religious) && religious.Start == i + 1)
        {
            return AddPerson(doc, religious with { Start = i }, null);
        }

        // A leading initial: "G. Gooch", "A. Penberthy" (results tables and bylines name people this way); not
        // an abbreviated place ("S. Korea").
        if (tokens[i].Length == 1 && tokens[i].Shape == TokenShape.AllCaps && doc.Is(i + 1, ".") && !doc.BreakBefore(i + 2) && doc.MatchPlace(i, out _) == 0
            && i + 2 < tokens.Length && tokens[i + 2].Shape == TokenShape.Capitalized && !doc.IsClaimed(i + 2)
            && NameParser.TryParse(doc, i + 2, out var initialled) && initialled.Start == i + 2)
        {
            return AddPerson(doc, initialled with { Start = i }, null);
        }

        // Dotted initials: "F.W. de Klerk", "P.W. Botha"; not a place ("U.S. Open") nor anything already read.
        if (DottedInitials(doc.Word(i)) && !doc.IsClaimed(i) && i + 1 < tokens.Length && !doc.BreakBefore(i + 1) && doc.MatchPlace(i, out _) == 0
            && !doc.IsClaimed(i + 1) && NameParser.TryParse(doc, i + 1, out var initials) && initials.Start == i + 1 && initials.Words <= 2
            && !doc.Is(initials.End, "&")) // "A.G. Edwards & Sons"
        {
            return AddPerson(doc, initials with { Start = i }, null);
        }

        if (GivenThenPlace(doc, i))
        {
            return AddPerson(doc, new NameMatch(i, i + 2, i, i + 1, 2), null); // "Wayne Jordan", "Gabriele Colombo"
        }

        if (tokens[i].Shape != TokenShape.Capitalized || doc.IsClaimed(i) || KnownSurnames.IsClauseOpener(doc, i)
            || !NameParser.TryParse(doc, i, out var name) || LeadsName(doc, i))
        {
            return i + 1;
        }

        // A run that starts after another unclaimed capitalised word on its line is the tail of a longer name
        // ("San Francisco Giants", "New York Yankees"), not a person, unless that word only introduces it ("Austrian Thomas Muster").
        if (i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].SentenceStart && !doc.BreakBefore(i) && !doc.IsClaimed(i - 1)
            && !NameLead.Is(doc, i - 1))
        {
            return name.End;
        }

        if (name.Words < 2)
        {
            bool single = name.First == name.Last && (JoinedByParticle(doc.Word(name.First)) || SurnameCue.Holds(doc, name.First, name.End) || CountryInBrackets(doc, name.End) && SurnameCue.Competitor(doc, name.First)
                                                      || PersonNoun.PositionBefore(doc, name.First) || PersonNoun.KinBefore(doc, name.First)
                                                      || SurnameCue.KnownSurnameSubject(doc, name.First, name.End) || PersonDeity.Holds(doc, name.First));
            return single ? AddPerson(doc, name, null) : i + 1;
        }

        // "Ben Gurion airport", "the village of Karin Gornji": where only a place can stand, a name is the place's.
        if (PlaceSlot(doc, name))
        {
            return name.End;
        }

        // "Palmer Fire", "Thorpe Street": a facility or service named after someone, unless results give the
        // person's nationality ("Damon Hill ( Britain )").
        if (NotSurnameLookup.Contains(doc.Word(name.Last)) && !(GivenNames.Contains(doc.Word(name.First)) && CountryInBrackets(doc, name.End)))
        {
            return name.End;
        }

        bool cue = GivenNames.Contains(doc.Word(name.First)) || HasSurnameEnding(doc.Word(name.Last))
                   || name.Words <= 3 && GivenNames.IsWordLike(doc.Word(name.First)) && !doc.IsClaimed(name.Last)
                   || name.End < tokens.Length && VerbLookup.Contains(doc.Word(name.End))
                   || PersonVerb.After(doc, name.End) // "Onno Brask has confirmed", "Tarik Velund died"
                   || name.Start > 0 && doc.Is(name.Start - 1, "[") || SurnameCue.Before(doc, name.Start)
                   || PersonNoun.Before(doc, name.Start) // "spokesman Yehiel Amitai", "Morocco 's Salah Hissou"
                   || CountryInBrackets(doc, name.End) // "Conchita Martinez ( Spain )", as sports results give nationality
                   || SurnameCue.AfterFullName(doc, name.Start, name.End) // "Cheung Siu Man , 40 ,", "Klimis Alexandrou ( 41st )"
                   || Apposition(doc, name.End) is not null // "Edwin Larcombe, the Belmarian Foreign Secretary,"
                   || PersonApposition.After(doc, name.End) || PersonApposition.Before(doc, name.Start, name.End) // ", chairman of", "envoy , X ,"
                   || GivenBeforeKnownSurname(doc, name) // "Dimitris Papadopoulos"
                   || KnownActor(doc, name); // "Necmettin Erbakan": an office holder the actor dictionary lists
        return cue ? AddPerson(doc, name, null) : name.End;
    }

    private static bool PlaceSlot(DocumentContext doc, NameMatch name)
        => FacilityPlace.IsSite(doc, name.End) && name.Words <= 2
           || name.Start >= 2 && doc.Is(name.Start - 1, "of") && doc.Word(name.Start - 2) is "village" or "town" or "city" or "villages" or "towns" or "settlement" or "resort"
           || PlaceAppositive.IsGeoHead(doc, name.Last) && name.Words <= 2
           || name.Words <= 2 && !GivenNames.Contains(doc.Word(name.First)) && PlaceAppositive.Locates(doc, name.End); // "near Merlow , Ostravia ,"

    // "Inzamam-ul-Haq", "Saif-ur-Rehman": capitalised parts joined by a South Asian Arabic particle make one person's name
    // (not "Chester-le-Street": European particles join place names too).
    private static bool JoinedByParticle(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOf('-');
        if (dash < 2 || dash + 5 > w.Length || w[dash + 3] != '-' || !char.IsUpper(w[dash + 4]))
        {
            return false;
        }

        var particle = w.Slice(dash + 1, 2);
        return particle is "ul" or "ur" or "ud" or "uz" or "us" or "un";
    }

    // Last, as it folds the name: a two- or three-word run whose first and last words key a listed office holder.
    private static bool KnownActor(DocumentContext doc, NameMatch name)
        => name.Words <= 3 && doc.Tokens[name.Last].Shape == TokenShape.Capitalized
           && doc.Actors is { } actors && actors.TryFind(NameFolding.PersonKey(doc.Word(name.First).ToString(), doc.Word(name.Last).ToString()), null, out _, out _);

    // A weak cue: an unknown word before a listed surname, the pair no place ("Dimitris Papadopoulos", not "Although Gajdos").
    private static bool GivenBeforeKnownSurname(DocumentContext doc, NameMatch name)
        => name.Words == 2 && name.Last == name.First + 1 && doc.Tokens[name.First].Shape == TokenShape.Capitalized
           && KnownSurnames.Contains(doc.Word(name.Last)) && doc.MatchPlace(name.Last, out _) == 0 && KnownSurnames.MayBeGivenName(doc, name.First);

    // "Midfielder Paulo Sousa": the run starts after the word that introduces it.
    private static bool LeadsName(DocumentContext doc, int i)
        => i + 1 < doc.Tokens.Length && doc.Tokens[i + 1].Shape == TokenShape.Capitalized && !doc.BreakBefore(i + 1) && NameLead.Is(doc, i);

    private static int AddNamesAfterRole(DocumentContext doc, RoleMatch role)
    {
        int j = role.End;
        if (doc.BreakBefore(j))
        {
            return 0; // a title ending a heading line does not name the next paragraph's first word
        }

        // "the Russian Foreign Minister, Sergey Lavrov, said": a comma between title and name.
        if (doc.Is(j, ",") && j + 1 < doc.Tokens.Length)
        {
            j++;
        }

        // "Navy spokesman Lt. Italo Pineda": an abbreviated rank between title and name.
        if (HonorificLookup.Contains(doc.Word(j)) && j + 1 < doc.Tokens.Length && doc.Tokens[j + 1].Shape is TokenShape.Capitalized or TokenShape.Punctuation)
        {
            j = doc.Is(j + 1, ".") ? j + 2 : j + 1;
        }

        int count = 0;
        while (j < doc.Tokens.Length && !doc.IsClaimed(j) && !(count > 0 && doc.BreakBefore(j)) && NameParser.TryParse(doc, j, out var name))
        {
            // An apposition after a comma must be a full name, or "Foreign Minister, Russia ..." would parse.
            if (j != role.End && name.Words < 2 && count == 0)
            {
                break;
            }

            j = AddPerson(doc, name, role);
            count++;
            if (!role.Plural)
            {
                break;
            }

            if (doc.Is(j, ",") && doc.Is(j + 1, "and"))
            {
                j += 2;
            }
            else if (doc.Is(j, ",") || doc.Is(j, "and"))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return count > 0 ? j : 0;
    }

    private static int AddPerson(DocumentContext doc, NameMatch name, RoleMatch? role)
    {
        int end = name.End;
        role ??= Apposition(doc, end);
        bool full = name.Words >= 2;
        string surname = doc.Word(name.Last).ToString();
        string? given = full ? doc.Word(name.First).ToString() : null;
        string key = NameFolding.PersonKey(given, surname);
        var draft = new MentionDraft(MentionKind.Person, doc.SpanOf(name.Start, name.End), key, CleanName(doc, name))
        {
            Role = role?.Role,
            Country = role?.Country,
            Given = given is null ? null : NameFolding.FoldGivenName(given),
            Surname = NameFolding.FoldToken(surname),
        };
        doc.Add(draft, name.Start, name.End);
        return end;
    }

    // "Antony Blinken, the US Secretary of State," — a title right after the name, closed by punctuation.
    private static RoleMatch? Apposition(DocumentContext doc, int end)
    {
        if (!doc.Is(end, ","))
        {
            return null;
        }

        int j = end + 1;
        if (doc.Is(j, "the") || doc.Is(j, "a"))
        {
            j++;
        }

        if (j >= doc.Tokens.Length || !RoleParser.TryParse(doc, j, out var role))
        {
            return null;
        }

        bool closed = role.End >= doc.Tokens.Length || doc.Tokens[role.End].Shape == TokenShape.Punctuation
                      || doc.Tokens[role.End].Shape == TokenShape.Lower;
        return closed ? role : null;
    }

    // Not "Dinamo Dortvik ( Ostravia ) 2 Ambrell": a goal count and another name make it a club's result.
    private static bool CountryInBrackets(DocumentContext doc, int end)
        => doc.Is(end, "(") && doc.MatchPlace(end + 1, out var place) is > 0 and var n && place.Form == PlaceForm.Country && doc.Is(end + 1 + n, ")")
           && !ClubResult(doc, end + 2 + n);

    private static bool ClubResult(DocumentContext doc, int score)
        => score + 1 < doc.Tokens.Length && !doc.BreakBefore(score + 1) && SportsClub.IsScoreNumber(doc, score)
           && doc.Tokens[score + 1].IsCapitalized;

    // A known given name, itself no place, then a one-word town or country closing the run: the place word is a surname
    // ("said Wayne Jordan ,", "Gabriele Colombo ( Italy )"), which the name parser stops at.
    private static bool GivenThenPlace(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        if (i + 1 >= tokens.Length || tokens[i].Shape != TokenShape.Capitalized || tokens[i + 1].Shape != TokenShape.Capitalized || doc.BreakBefore(i + 1)
            || doc.IsClaimed(i) || doc.IsClaimed(i + 1) || i > 0 && tokens[i - 1].IsCapitalized && !doc.BreakBefore(i) && !NameLead.Is(doc, i - 1)
            || i + 2 < tokens.Length && tokens[i + 2].IsCapitalized && !doc.BreakBefore(i + 2) || doc.Is(i + 2, "'s"))
        {
            return false;
        }

        return doc.MatchPlace(i + 1, out var place) == 1 && place.Form != PlaceForm.Demonym && GivenNames.Contains(doc.Word(i))
               && !GivenNames.IsWordLike(doc.Word(i)) && doc.MatchPlace(i, out _) == 0 && !KnownSurnames.IsClauseOpener(doc, i);
    }

    // "F.W.", "D.A.", "W.N.F.": two or three capitals, each with its period.
    private static bool DottedInitials(ReadOnlySpan<char> word)
    {
        // Clubs, leagues and the capital district abbreviate the same way: "F.C. La Valletta", "A.L. East", "D.C. Coalition".
        if (word.Length is not (4 or 6) || word is "F.C." or "A.C." or "S.C." or "A.L." or "N.L." or "D.C.")
        {
            return false;
        }

        for (int k = 0; k < word.Length; k += 2)
        {
            if (!char.IsAsciiLetterUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSurnameEnding(ReadOnlySpan<char> word)
    {
        string folded = NameFolding.FoldToken(word);
        foreach (var ending in SurnameEndings)
        {
            if (folded.Length > ending.Length + 2 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string CleanName(DocumentContext doc, NameMatch name)
    {
        var sb = new StringBuilder();
        for (int k = name.Start; k < name.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Shape == TokenShape.Punctuation && doc.Word(k) is "[" or "]")
            {
                continue;
            }

            if (sb.Length > 0 && t.Shape != TokenShape.Punctuation)
            {
                sb.Append(' ');
            }

            sb.Append(doc.Word(k));
        }

        return sb.ToString();
    }
}
