using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Calendar units without a full date: quarters and halves ("the third quarter", "third-quarter" → 1998-Q3),
/// decades ("the 1990s" → 199) and months without a year ("in December", "last November"), whose year is
/// the one that puts the month nearest the document date.
/// </summary>
internal static class CalendarRules
{
    public static void Quarters(TimeCollector c)
    {
        foreach (Match m in TimePatterns.QuarterAdjective().EnumerateClauseMatches(c.Text, TimePatterns.QuarterAdjectiveCues))
        {
            c.Add(m, TimeKind.Date, QuarterValue(c, m, null));
        }

        foreach (Match m in TimePatterns.Quarter().EnumerateClauseMatches(c.Text, TimePatterns.QuarterCues))
        {
            // "a quarter of the vote" is no time: a quarter needs a determiner or an ordinal, a half its ordinal.
            bool ordinal = m.Groups["ord"].Success;
            if (!ordinal && (!m.Groups["det"].Success && !m.Groups["yr"].Success || m.Groups["u"].Value == "half"))
            {
                continue;
            }

            int? year = m.Groups["y"].Success ? TimeExpressionRecognizer.Int(m, "y")
                : m.Groups["y2"].Success ? TimeExpressionRecognizer.Int(m, "y2")
                : m.Groups["yr"].Success && c.Dct is { } d ? d.Year + Offset(m.Groups["yr"].Value) : null;
            // "the year-ago quarter", "the 1988 quarter": the quarter the report is about (named before), in that year.
            string value = QuarterValue(c, m, year);
            if (!ordinal && (m.Groups["ago"].Success || year is not null) && RelativeRules.ReportedQuarter(c, m.Index) is { } reported)
            {
                value = (year?.ToString("D4", CultureInfo.InvariantCulture) ?? reported[..4]) + reported[4..];
            }

            // "the year-ago (third) quarter": the same quarter a year before the one reported.
            c.Add(m, TimeKind.Date, m.Groups["ago"].Success ? YearBefore(value) : value);
        }
    }

    /// <summary>"1989-Q3" → "1988-Q3"; anything else unchanged.</summary>
    public static string YearBefore(string quarter)
        => quarter.Length >= 7 && int.TryParse(quarter.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            ? (y - 1).ToString("D4", CultureInfo.InvariantCulture) + quarter[4..]
            : quarter;

    public static void Decades(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Decade().EnumerateClauseMatches(c.Text, TimePatterns.DecadeCues))
        {
            c.Add(m, TimeKind.Date, m.Groups["dec"].Value);
        }
    }

    public static void BareMonths(TimeCollector c)
    {
        foreach (Match m in TimePatterns.BareMonth().EnumerateClauseMatches(c.Text, TimePatterns.MonthCues))
        {
            var g = m.Groups["mon"];
            int month = TimeExpressionRecognizer.MonthNumber(g.Value);
            string pre = m.Groups["pre"].Value.ToLowerInvariant();
            int? year = c.Dct is not { } d ? null : pre switch
            {
                "last" => month < d.Month ? d.Year : d.Year - 1,
                "next" => month > d.Month ? d.Year : d.Year + 1,
                "this" => d.Year,
                _ => YearOf(c, month, null, g.Index),
            };

            // "last/this/next" belong to the expression; prepositions do not.
            int start = pre is "last" or "next" or "this" or "mid" or "early" or "late" ? m.Index : g.Index;
            string value = (year?.ToString("D4", CultureInfo.InvariantCulture) ?? "XXXX") + $"-{month:D2}";
            c.Add(start, g.Index + g.Length - start, TimeKind.Date, value);
        }
    }

    /// <summary>
    /// The year of a month (and day) written without one. Up to four months after the document date it is the
    /// coming one (dividends payable, scheduled votes); beyond, news reports the past ("in March" written in
    /// November is this March, "Oct. 23" written in May last year's). A future-tense sentence looks up to nine months ahead.
    /// </summary>
    public static int? YearOf(TimeCollector c, int month, int? day, int index)
    {
        if (c.Dct is not { } d)
        {
            return null;
        }

        // Distance in months from the document's month; positive = later in the same year.
        double ahead = month - d.Month + ((day ?? 15) - d.Day) / 31.0;
        if (RelativeRules.IsFutureContext(c.Text, index))
        {
            return ahead < 0 && ahead + 12 <= 9 ? d.Year + 1 : d.Year;
        }

        // Otherwise up to four months ahead is an upcoming date (a payment, a vote); further is the past one.
        double forward = ahead > 0 ? ahead : ahead + 12;
        return forward <= 4 ? (ahead > 0 ? d.Year : d.Year + 1) : (ahead > 0 ? d.Year - 1 : d.Year);
    }

    // Quarters in news are mostly ones just reported: a numbered quarter later in the year than the document
    // date is last year's; "latest"/"last"/"previous" and a bare "the quarter" are the last completed one.
    private static string QuarterValue(TimeCollector c, Match m, int? year)
    {
        bool half = m.Groups["u"].Value.StartsWith("half", StringComparison.OrdinalIgnoreCase);
        string ord = m.Groups["ord"].Value.ToLowerInvariant();
        int? n = ord switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" or "final" when !half => 4,
            _ => null,
        };
        if (half && n > 2)
        {
            n = null;
        }

        string unit = half ? "H" : "Q";
        if (c.Dct is not { } d)
        {
            return $"{year?.ToString("D4", CultureInfo.InvariantCulture) ?? "XXXX"}-{unit}{n?.ToString(CultureInfo.InvariantCulture) ?? "X"}";
        }

        int per = half ? 2 : 4;
        int current = d.Year * per + (d.Month - 1) / (12 / per);
        int index = n is { } k
            ? (year ?? (k - 1 > current % per ? d.Year - 1 : d.Year)) * per + k - 1
            : ord switch
            {
                "current" or "this" => current,
                "next" or "coming" => current + 1,
                _ when year is { } y => y * per + (current - 1) % per, // "the 1988 quarter", "last year's quarter": the reported one, that year
                _ => current - 1,
            };
        return $"{index / per:D4}-{unit}{index % per + 1}";
    }

    private static int Offset(string yearPhrase) => yearPhrase.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1
        : yearPhrase.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
}
