using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// Earnings diaries and briefs name a company before the period and the figure reported: "MON Velcor YR EPS 93.1",
/// "Tarsk Mining H1 net rises". A capitalised run right before a reporting period (YR, H1, Q3…) that is followed by
/// a figure word (EPS, net, profit…) is a company. Runs with the organisations, before people and places.
/// </summary>
internal static class EarningsLine
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Periods = new HashSet<string>(
        ["YR", "FY", "H1", "H2", "1H", "2H", "Q1", "Q2", "Q3", "Q4", "1Q", "2Q", "3Q", "4Q", "9M", "6M", "9MTH", "6MTH"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Figures = new HashSet<string>(
        ["EPS", "net", "profit", "profits", "pretax", "pre-tax", "sales", "revenue", "revenues", "loss", "shr", "earnings", "results", "div"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Weekdays heading a diary line ("MON Velcor YR EPS") are no part of the name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Days = new HashSet<string>(
        ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int p = 1; p + 1 < tokens.Length; p++)
        {
            // Most tokens fail on length alone.
            if (tokens[p].Length is < 2 or > 4 || !Periods.Contains(doc.Word(p)) || !Figures.Contains(doc.Word(p + 1)) || doc.BreakBefore(p) || doc.BreakBefore(p + 1))
            {
                continue;
            }

            int start = p;
            while (start > 0 && p - start < 5 && !doc.BreakBefore(start) && IsNameWord(doc, start - 1))
            {
                start--;
            }

            while (start < p && !doc.Tokens[start].IsCapitalized)
            {
                start++;
            }

            if (start < p && doc.IsFree(start, p))
            {
                SportsClub.Add(doc, start, p);
            }
        }
    }

    private static bool IsNameWord(DocumentContext doc, int i)
        => (doc.Tokens[i].IsCapitalized || doc.Word(i) is "&" or "-" or "/") && !Days.Contains(doc.Word(i)) && !doc.IsClaimed(i);
}
