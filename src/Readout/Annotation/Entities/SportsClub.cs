using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Sports results name clubs: in "Marseille 1 Metz 2", "Vasco da Gama 1" or "CHICAGO 63 62 .504" the
/// capitalised name heading a score is a club, an organisation. A score is a short number right after the
/// name, with the name opening its line or following another score, and the score followed by the end of the
/// line, another number, a bracket or the next name — so "Resolution 242 calls" or "in Paris 10 people died"
/// is never one. Countries stay places (national sides are named by their country).
/// </summary>
internal static class SportsClub
{
    private const int MaxWords = 5;
    private static readonly HashSet<string> NotClubs = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "No", "Group", "Round", "Game", "Week",
        "On", "In", "At", "By", "For", "From", "To", "Of", "Since", "Until", "After", "Before", "About", "Around", "Over", "Under", "Some",
        "Nearly", "Almost", "Only", "All", "Top", "Page", "Section", "Article", "Chapter", "Resolution", "Flight", "Route", "Stage", "Phase",
        "Level", "Part", "Figure", "Table", "Item", "Paragraph", "Day", "Year", "Since", "Between", "With", "And", "Or", "But",
    };
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "da", "de", "do", "di", "del", "della", "dos", "la", "le", "van", "von", "of" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotClubLookup = NotClubs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tags every unclaimed capitalised run heading a score as a club.</summary>
    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || !Opens(doc, i)
                || NotClubLookup.Contains(doc.Word(i)) || doc.Is(i, "Total") || doc.Is(i, "TOTAL")) // a cricket innings' total
            {
                continue;
            }

            int end = RunEnd(doc, i);
            if (end > i && IsScore(doc, i, end) && !IsCountry(doc, i, end))
            {
                Add(doc, i, end);
                i = end - 1;
            }
        }
    }

    /// <summary>True for a month's name or its abbreviation.</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => MonthLookup.Contains(word);

    /// <summary>Dates, articles and prepositions that open a capitalised run without naming anything.</summary>
    public static bool IsNotClub(ReadOnlySpan<char> word) => NotClubLookup.Contains(word);

    public static bool IsScore(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        if (end >= tokens.Length || doc.BreakBefore(end) || !IsScoreNumber(doc, end) && !IsRunsForWickets(doc, end))
        {
            return false;
        }

        bool opens = Opens(doc, start);
        int after = end + 1;
        bool closes = after >= tokens.Length || doc.BreakBefore(after) || tokens[after].Shape is TokenShape.Number
                      || tokens[after].IsCapitalized && !NotClubLookup.Contains(doc.Word(after)) // "On 16 February" is a date
                      || doc.Is(after, "(") || doc.Is(after, ".");
        // "Tarsk 45 Yellow 12,700-12,950" is a market's prices; "Operating Income 906 962" is a company's table unless
        // the text is sports writing — a second name after the score ("Tarsk 1 Velm 2") or a cricket total says so itself.
        bool result = after < tokens.Length && !doc.BreakBefore(after) && tokens[after].IsCapitalized || IsRunsForWickets(doc, end);
        return opens && closes && !LineShape.HasGroupedFigure(doc, start) && (result || SportsWriting.Is(doc));
    }

    public static void Add(DocumentContext doc, int start, int end)
    {
        string name = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), "org:" + NameFolding.Slug(name), name), start, end);
    }

    // Capitalised words, with lowercase particles between them ("Vasco da Gama"), on one line.
    private static int RunEnd(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        int end = i, k = i;
        while (k < tokens.Length && k - i < MaxWords && !doc.IsClaimed(k) && !(k > i && doc.BreakBefore(k)))
        {
            if (tokens[k].IsCapitalized && !(k > i && MonthLookup.Contains(doc.Word(k)))) // "Emnid Aug 25": a poll's date
            {
                end = ++k;
            }
            else if (k > i && tokens[k].Shape == TokenShape.Lower && ParticleLookup.Contains(doc.Word(k)))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "England 326": a national side, even where the country is a region of a union.
    private static bool IsCountry(DocumentContext doc, int start, int end)
        => doc.MatchPlace(start, out var place) == end - start && place.Form is PlaceForm.Country or PlaceForm.Demonym or PlaceForm.Region;

    // A name opens a results entry at the start of its line, after another score, or after a venue's colon
    // ("At Tarsk : Dortvik 305-5").
    private static bool Opens(DocumentContext doc, int i)
        => i == 0 || doc.BreakBefore(i) || IsScoreNumber(doc, i - 1) || doc.Is(i - 1, ":") && i >= 2 && !doc.BreakBefore(i - 1) && doc.Tokens[i - 2].IsCapitalized;

    // A cricket total: runs, a hyphen, wickets ("305-5"); a year or a date has more digits, a half-time score fewer.
    private static bool IsRunsForWickets(DocumentContext doc, int k)
    {
        var word = doc.Word(k);
        int dash = word.IndexOf('-');
        return doc.Tokens[k].Shape == TokenShape.Number && dash is 2 or 3 && word.Length - dash - 1 is 1 or 2
               && IsDigits(word[..dash]) && IsDigits(word[(dash + 1)..]) && (word.Length - dash == 2 || word[(dash + 1)..] is "10"); // ten wickets at most
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // One to three digits: goals, runs, points or a games count; years and dates are longer or hyphenated.
    internal static bool IsScoreNumber(DocumentContext doc, int k)
    {
        if (doc.Tokens[k].Shape != TokenShape.Number || doc.Tokens[k].Length > 3)
        {
            return false;
        }

        foreach (char c in doc.Word(k))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
