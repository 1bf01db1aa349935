using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Expressions anchored on the document date: "N units ago/earlier/later", weekdays, deictics ("yesterday",
/// "now") and periods relative to the date's own ("last week", "earlier this month").
/// </summary>
internal static class RelativeRules
{
    public static void Ago(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Ago().EnumerateClauseMatches(c.Text, TimePatterns.AgoCues))
        {
            var (n, unit) = (NumberWords.Parse(m.Groups["n"].Value), UnitCode(m.Groups["u"].Value));

            // "a decade ago" is ten years ago; TimeML gives it at year precision.
            if (unit == 'E')
            {
                (n, unit) = (n * 10, 'Y');
            }

            int sign = m.Groups["dir"].Value.Equals("later", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            DateOnly? date = c.Dct is { } a && n is { } k && unit is 'D' or 'W' or 'M' or 'Y' ? RelativeDateResolver.Ago(a, sign * k, unit) : null;
            string value = date is { } d ? Granular(d, unit) : sign > 0 ? "PAST_REF" : "FUTURE_REF";

            // Earnings reports compare with "a year ago/earlier": the same quarter of the year before.
            if (n == 1 && unit == 'Y' && sign > 0 && ReportedQuarter(c, m.Index) is { } quarter)
            {
                value = CalendarRules.YearBefore(quarter);
            }

            c.Add(m, TimeKind.Date, value, unit == 'D' ? date : null);
        }
    }

    /// <summary>
    /// "the year-ago period", "year-earlier results": the reported quarter a year before (else last year);
    /// "the latest period": the reported quarter itself. Runs after the quarters, whose values it reuses.
    /// </summary>
    public static void ReportPeriods(TimeCollector c)
    {
        foreach (Match m in TimePatterns.ReportPeriod().EnumerateClauseMatches(c.Text, TimePatterns.ReportPeriodCues))
        {
            string? quarter = ReportedQuarter(c, m.Index);
            if (m.Groups["latest"].Success)
            {
                if (quarter is not null)
                {
                    c.Add(m, TimeKind.Date, quarter);
                }

                continue;
            }

            string? value = quarter is not null ? CalendarRules.YearBefore(quarter) : c.Dct is { } d ? (d.Year - 1).ToString("D4", CultureInfo.InvariantCulture) : null;
            if (value is null)
            {
                continue;
            }

            // The determiner and "period" belong to the expression only together: "the year-ago period", but "year-ago results".
            var span = m.Groups["p"].Success ? (Capture)m : m.Groups["ago"];
            c.Add(span.Index, span.Length, TimeKind.Date, value);
        }
    }

    // The nearest quarter named as such ("the third quarter" → "1989-Q3", not an earlier "a year ago") found in the 1,500 characters before a position; null when none.
    public static string? ReportedQuarter(TimeCollector c, int index)
    {
        TimeExpression? nearest = null;
        foreach (var t in c.Found)
        {
            if (t.Span.End <= index && t.Span.End > index - 1500 && t.Value.Length == 7 && t.Value[5] == 'Q' && char.IsDigit(t.Value[6])
                && t.Text.Contains("quarter", StringComparison.OrdinalIgnoreCase) && !t.Text.Contains("year-", StringComparison.OrdinalIgnoreCase)
                && (nearest is null || t.Span.Start > nearest.Span.Start))
            {
                nearest = t;
            }
        }

        return nearest?.Value;
    }

    public static void Weekdays(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Weekday().EnumerateClauseMatches(c.Text, TimePatterns.WeekdayCues))
        {
            var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
            string? modifier = m.Groups["mod"].Success ? m.Groups["mod"].Value.Split(' ')[^1] : null;
            string part = m.Groups["part"].Success ? PartOfDay(m.Groups["part"].Value) : "";
            if (c.Dct is not { } anchor)
            {
                c.Add(m, TimeKind.Date, $"XXXX-WXX-{RelativeDateResolver.IsoDay(day)}{part}");
                continue;
            }

            if (TakeFollowingDate(c, m))
            {
                continue;
            }

            var date = RelativeDateResolver.Weekday(anchor, day, modifier, IsFutureContext(c.Text, m.Index));
            c.Add(m, TimeKind.Date, RelativeDateResolver.Iso(date) + part, date);
        }
    }

    // "Monday, Oct. 26": the weekday joins the date right after it, which already says which day it is.
    private static bool TakeFollowingDate(TimeCollector c, Match m)
    {
        if (m.Groups["part"].Success || m.Groups["mod"].Success)
        {
            return false;
        }

        int after = m.Index + m.Length;
        if (after + 2 >= c.Text.Length || c.Text[after] != ',' || c.Text[after + 1] != ' ')
        {
            return false;
        }

        for (int i = 0; i < c.Found.Count; i++)
        {
            var t = c.Found[i];
            if (t.Span.Start == after + 2 && t.Date is not null)
            {
                c.Replace(i, t with { Text = c.Text[m.Index..t.Span.End], Span = new TextSpan(m.Index, t.Span.End) });
                return true;
            }
        }

        return false;
    }

    public static void Deictics(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Deictic().EnumerateClauseMatches(c.Text, TimePatterns.DeicticCues))
        {
            string word = string.Join(' ', m.Groups["w"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            int? shift = word switch
            {
                "today" or "tonight" => 0,
                "yesterday" => -1,
                "tomorrow" => 1,
                "the day before yesterday" => -2,
                "the day after tomorrow" => 2,
                _ => null,
            };
            if (shift is not { } s)
            {
                c.Add(m, TimeKind.Date, word == "recently" ? "PAST_REF" : "PRESENT_REF");
                continue;
            }

            DateOnly? date = c.Dct?.AddDays(s);
            string value = (date is { } d ? RelativeDateResolver.Iso(d) : "XXXX-XX-XX") + (word == "tonight" ? "TNI" : "");
            c.Add(m, TimeKind.Date, value, date);
        }
    }

    public static void Periods(TimeCollector c)
    {
        foreach (Match m in TimePatterns.RelativePeriod().EnumerateClauseMatches(c.Text, TimePatterns.PeriodCues))
        {
            string unit = m.Groups["u"].Value.ToLowerInvariant();
            int offset = m.Groups["mod"].Value.ToLowerInvariant() switch { "last" or "previous" => -1, "next" or "coming" => 1, _ => 0 };

            // TIMEX3 leaves "earlier"/"later" outside the span ("earlier [this week]"); "early"/"late" stay in.
            var edge = m.Groups["edge"];
            int start = edge.Success && edge.Value.EndsWith("er", StringComparison.OrdinalIgnoreCase) ? m.Groups["mod"].Index : m.Index;
            c.Add(start, m.Index + m.Length - start, TimeKind.Date, RelativeDateResolver.Period(c.Dct, unit, offset));
        }
    }

    /// <summary>TIMEX3's part-of-day suffix: MO, AF, EV, NI.</summary>
    public static string PartOfDay(string part) => part.ToLowerInvariant() switch
    {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        _ => "TNI",
    };

    // Past tense is the default for news; a future marker shortly before the expression flips it.
    public static bool IsFutureContext(string text, int index)
    {
        int start = Math.Max(0, index - 80);
        var window = text.AsSpan(start, index - start);
        int stop = window.LastIndexOfAny('.', '\n');
        if (stop >= 0)
        {
            window = window[(stop + 1)..];
        }

        return window.Contains(" will ", StringComparison.Ordinal) || window.Contains(" is due ", StringComparison.Ordinal)
               || window.Contains(" scheduled ", StringComparison.Ordinal) || window.Contains(" is to ", StringComparison.Ordinal)
               || window.Contains(" are to ", StringComparison.Ordinal) || window.Contains(" expected to ", StringComparison.Ordinal)
               || window.Contains(" plans to ", StringComparison.Ordinal) || window.Contains("'ll ", StringComparison.Ordinal)
               || window.Contains(" plan to ", StringComparison.Ordinal) || window.Contains(" planned to ", StringComparison.Ordinal)
               || window.Contains(" set to ", StringComparison.Ordinal) || window.Contains(" would ", StringComparison.Ordinal)
               || window.EndsWith(" as soon as ", StringComparison.Ordinal) || window.EndsWith(" as early as ", StringComparison.Ordinal)
               || window.EndsWith(" until ", StringComparison.Ordinal);
    }

    private static char UnitCode(string unit) => char.ToLowerInvariant(unit[0]) switch
    {
        'd' => unit.StartsWith("dec", StringComparison.OrdinalIgnoreCase) ? 'E' : 'D',
        'w' => 'W',
        'm' => unit.StartsWith("mi", StringComparison.OrdinalIgnoreCase) ? 'N' : 'M',
        'y' => 'Y',
        _ => 'X',
    };

    private static string Granular(DateOnly date, char unit) => unit switch
    {
        'D' => RelativeDateResolver.Iso(date),
        'W' => RelativeDateResolver.Period(date, "week", 0),
        'M' => RelativeDateResolver.Period(date, "month", 0),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
