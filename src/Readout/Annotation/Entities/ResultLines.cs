using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Lines that only teams fill, read before people so a club named like a person ("Gloria Tarsk") stays a club:
/// a result line "Gloria Tarsk 2 Kestrel Velm 1" (two names, each followed by a goal count, then the end of the line,
/// a bracketed scorer list or a period), and a league-table row "3. Gloria Tarsk 24 7 7 10 42 38 28" (games played,
/// then the wins, draws and losses that add up to them). A scorer list may follow the first side's goals
/// ("Tarsk 1 ( Varn 24th ) Velm 2"). Countries keep their reading — national sides are places — unless most sides
/// in the document's result lines are not countries: then it is a club league and a country among them is a club.
/// </summary>
internal static class ResultLines
{
    private const int MaxWords = 5;
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles
        = new HashSet<string>(["da", "de", "do", "di", "del", "la", "le", "van", "von"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        FixtureList.Recognize(doc); // "Dortvik , Ambrell v Tarsk ,": names that only clubs fill, like results
        CharterFixture.Recognize(doc); // "Velm Star 30 24/8 Tarsk / Port Azur W145 Brisko Oil .": vessel, ports, charterer
        PriceRow.Recognize(doc); // "VELCOR HOLDING 335.00 375.00 533153": a share table's companies
        SplitCountry.Recognize(doc); // "( Kessel" over "Islands ) 6-3": a country a column wrapped
        RiderTeam.Recognize(doc); // "( Ostravia ) Belmark 1:54.342": a team named like a country
        ScorerLine.Recognize(doc); // "Red Kestrel - Anna Varnel ( 24th )": the side whose scorers follow
        VenueLine.Recognize(doc); // "At Velm Park : Tarskshire 392-6": the ground before a county's score
        TeamStandings.Recognize(doc); // "Constructors ' championship :" above "2. Velmora 55": teams, not countries
        List<(int Start, int End)>? sides = null;
        foreach (var line in doc.Lines)
        {
            Line(doc, line.Start, ref sides);
        }

        if (sides is null)
        {
            return;
        }

        bool clubLeague = ClubLeague(doc, sides);
        foreach (var (start, end) in sides)
        {
            AddClub(doc, start, end, clubLeague);
        }
    }

    // Fewer than one side in four a country (and at least four sides): a club competition ("Cannes 0 Monaco 2").
    private static bool ClubLeague(DocumentContext doc, List<(int Start, int End)> sides)
    {
        int countries = 0;
        foreach (var (start, end) in sides)
        {
            if (IsNational(doc, start, end))
            {
                countries++;
            }
        }

        return sides.Count >= 4 && countries * 4 < sides.Count;
    }

    /// <summary>Whether tokens [start, end) are exactly a country, a demonym or a home nation: a national side.</summary>
    public static bool IsNational(DocumentContext doc, int start, int end)
        => doc.MatchPlace(start, out var place) == end - start && place.Form is PlaceForm.Country or PlaceForm.Demonym or PlaceForm.Region;

    private static void Line(DocumentContext doc, int start, ref List<(int Start, int End)>? sides)
    {
        var tokens = doc.Tokens;
        int first = start;
        if (first + 2 < tokens.Length && Goals(doc, first, 3) && doc.Is(first + 1, ".") && !doc.BreakBefore(first + 2))
        {
            first += 2; // a table's rank
        }

        int end1 = NameEnd(doc, first);
        if (end1 == first || end1 >= tokens.Length || doc.BreakBefore(end1) || !Goals(doc, end1, 2))
        {
            return;
        }

        int second = end1 + 1;
        if (doc.Is(second, "(") && CloseOnLine(doc, second) is > 0 and var close)
        {
            second = close + 1; // "Tarsk 1 ( Varn 24th ) Velm 2"
        }

        int end2 = NameEnd(doc, second);
        if (end2 > second && end2 < tokens.Length && !doc.BreakBefore(end2) && Goals(doc, end2, 2) && first == start
            && (LineEndsAt(doc, end2 + 1) || doc.Is(end2 + 1, "(") || doc.Is(end2 + 1, ".")))
        {
            (sides ??= []).Add((first, end1));
            sides.Add((second, end2));
            return;
        }

        if (IsTableRow(doc, end1))
        {
            (sides ??= []).Add((first, end1));
        }
    }

    // The ")" closing the bracket at open on the same line, or -1.
    private static int CloseOnLine(DocumentContext doc, int open)
    {
        for (int k = open + 1; k < doc.Tokens.Length && !doc.BreakBefore(k); k++)
        {
            if (doc.Is(k, ")"))
            {
                return k;
            }
        }

        return -1;
    }

    // Played = won + drawn + lost (or won + lost), then more counts to the end of the line.
    private static bool IsTableRow(DocumentContext doc, int from)
    {
        Span<int> counts = stackalloc int[10];
        int n = 0, k = from;
        for (; k < doc.Tokens.Length && !(k > from && doc.BreakBefore(k)); k++)
        {
            if (n == counts.Length || !Goals(doc, k, 3) && !doc.Is(k, "-"))
            {
                return false;
            }

            // "3 3 - - 10 2 9": a table writes no wins or draws as a dash.
            counts[n++] = doc.Is(k, "-") ? 0 : int.Parse(doc.Word(k), provider: System.Globalization.CultureInfo.InvariantCulture);
        }

        return n >= 5 && (counts[0] == counts[1] + counts[2] + counts[3] || counts[0] == counts[1] + counts[2]);
    }

    private static bool LineEndsAt(DocumentContext doc, int k) => k >= doc.Tokens.Length || doc.BreakBefore(k);

    // Capitalised words with particles, "/" joins ("Bodo / Glimt") and a bracketed short tag ("Mladost ( L )"), unclaimed;
    // a founding year or a zero-led number belongs to the name ("1860 Tarsk", "Tarsk 1860", "Dortvik 04"), as no count is written so.
    private static int NameEnd(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        int k = i, end = i;
        if (IsNameNumber(doc, i) && i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && !doc.BreakBefore(i + 1) && !doc.IsClaimed(i))
        {
            k = i + 1;
        }

        while (k < tokens.Length && k - i < MaxWords + 2 && !doc.IsClaimed(k) && !(k > i && doc.BreakBefore(k)))
        {
            if (tokens[k].IsCapitalized)
            {
                end = ++k;
            }
            else if (end > i && k == end && IsNameNumber(doc, k) && LineShape.IsCount(doc, k + 1, 3) && !doc.BreakBefore(k + 1))
            {
                end = ++k;
                break;
            }
            else if (k > i && (doc.Is(k, "/") || tokens[k].Shape == TokenShape.Lower && Particles.Contains(doc.Word(k))) && k + 1 < tokens.Length && tokens[k + 1].IsCapitalized)
            {
                k++;
            }
            else if (k > i && doc.Is(k, "(") && k + 2 < tokens.Length && tokens[k + 1].Shape == TokenShape.AllCaps && tokens[k + 1].Length <= 2 && doc.Is(k + 2, ")"))
            {
                end = k += 3;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "1860" (a founding year: four digits) or "04" (a zero-led pair): numbers in clubs' names, never a score.
    private static bool IsNameNumber(DocumentContext doc, int k)
        => LineShape.IsCount(doc, k, 4) && doc.Tokens[k].Length is 2 or 4 && (doc.Tokens[k].Length == 4 ? doc.Word(k)[0] is '1' : doc.Word(k)[0] == '0');

    private static bool Goals(DocumentContext doc, int k, int maxDigits)
    {
        if (k >= doc.Tokens.Length || doc.Tokens[k].Shape != TokenShape.Number || doc.Tokens[k].Length > maxDigits)
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

    private static void AddClub(DocumentContext doc, int start, int end, bool clubLeague)
    {
        if (!doc.IsFree(start, end) || SportsClub.IsNotClub(doc.Word(start)) || SportsClub.IsNotClub(doc.Word(end - 1)) // "Record Sept 15"
            || !clubLeague && IsNational(doc, start, end))
        {
            return;
        }

        SportsClub.Add(doc, start, end);
    }
}
