using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Finds and normalises time expressions (TIMEX3 values) against the document date: absolute dates in the
/// common news formats, quarters and halves, clock times and parts of days, weekdays and deictics ("on
/// Thursday", "yesterday"), relative periods ("last week", "earlier this month"), "N units ago", durations
/// ("five years" → P5Y), sets ("every year" → P1Y), vague references ("now", "in the past") and bare years.
/// Rule families run in priority order and a later family never overlaps an earlier match; a last pass widens
/// spans to TIMEX3's conventions ("the end of 1998", "late November"). Unresolvable relative expressions get
/// an underspecified value ("XXXX-WXX-4") and no date.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    /// <summary>The rule families in priority order, named for the bench's step-by-step timing.</summary>
    internal static readonly (string Name, Action<TimeCollector> Run)[] Passes =
    [
        ("absolute dates", AbsoluteDates),
        ("quarters", CalendarRules.Quarters),
        ("decades", CalendarRules.Decades),
        ("clock", ClockRules.Clock),
        ("parts of day", ClockRules.PartsOfDay),
        ("ago", RelativeRules.Ago),
        ("report periods", RelativeRules.ReportPeriods),
        ("weekdays", RelativeRules.Weekdays),
        ("deictics", RelativeRules.Deictics),
        ("periods", RelativeRules.Periods),
        ("bare months", CalendarRules.BareMonths),
        ("durations", Durations),
        ("sets", VagueRules.Sets),
        ("references", VagueRules.References),
        ("bare years", BareYears),
        ("widen", SpanWidener.Widen),
    ];

    public IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? documentDate)
    {
        var c = new TimeCollector(text, documentDate);
        foreach (var (_, run) in Passes)
        {
            run(c);
        }

        return c.Sorted();
    }

    private static void BareYears(TimeCollector c)
    {
        foreach (Match m in TimePatterns.BareYear().EnumerateMatchesAsMatches(c.Text))
        {
            c.Add(m, TimeKind.Date, m.Groups["y"].Value);
        }
    }

    private static void AbsoluteDates(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Iso().EnumerateMatchesAsMatches(c.Text))
        {
            AddDate(c, m.Index, m.Length, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        foreach (Match m in TimePatterns.Dotted().EnumerateMatchesAsMatches(c.Text, TimePatterns.DottedCues))
        {
            int month = m.Groups["m"].Success ? Int(m, "m") : MonthNumber(m.Groups["mon"].Value);
            AddDate(c, m.Index, m.Length, Int(m, "y"), month, Int(m, "d"));
        }

        foreach (Match m in TimePatterns.DayMonth().EnumerateMatchesAsMatches(c.Text))
        {
            int month = MonthNumber(m.Groups["mon"].Value), day = Int(m, "d");
            AddDate(c, m.Index, m.Length, m.Groups["y"].Success ? Int(m, "y") : CalendarRules.YearOf(c, month, day, m.Index), month, day);
        }

        foreach (Match m in TimePatterns.MonthDay().EnumerateMatchesAsMatches(c.Text))
        {
            MonthDayList(c, m);
        }

        foreach (Match m in TimePatterns.MonthYear().EnumerateMatchesAsMatches(c.Text))
        {
            c.Add(m, TimeKind.Date, $"{Int(m, "y"):D4}-{MonthNumber(m.Groups["mon"].Value):D2}");
        }
    }

    private static void Durations(TimeCollector c)
    {
        foreach (Match m in TimePatterns.PastPeriod().EnumerateClauseMatches(c.Text, TimePatterns.UnitCues))
        {
            // "the past decade" → P10Y: TimeML writes decades and centuries in years.
            string unit = DurationUnit(m.Groups["u"].Value).Replace("T", "");
            c.Add(m, TimeKind.Duration, unit switch { "DE" => "P10Y", "CE" => "P100Y", _ => "P1" + unit });
        }

        foreach (Match m in TimePatterns.Duration().EnumerateClauseMatches(c.Text, TimePatterns.UnitCues))
        {
            int? n = NumberWords.Parse(m.Groups["n"].Value);
            string unit = DurationUnit(m.Groups["u"].Value);

            // TimeML writes decades and centuries in years when the amount is known ("two decades" → P20Y).
            if (n is { } k && unit is "DE" or "CE")
            {
                (n, unit) = (k * (unit == "DE" ? 10 : 100), "Y");
            }

            string amount = n?.ToString(CultureInfo.InvariantCulture) ?? "X";
            c.Add(m, TimeKind.Duration, unit.StartsWith('T') ? "PT" + amount + unit[1..] : "P" + amount + unit);
        }
    }

    private static void MonthDayList(TimeCollector c, Match m)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        int? year = m.Groups["y"].Success ? Int(m, "y") : CalendarRules.YearOf(c, month, Int(m, "d"), m.Index);
        var more = m.Groups["more"];
        int firstEnd = more.Length > 0 ? more.Index : m.Index + m.Length;
        AddDate(c, m.Index, firstEnd - m.Index, year, month, Int(m, "d"));
        if (more.Length == 0)
        {
            return;
        }

        // "April 9, 10, 11 and 12": each further day is its own date in the same month.
        foreach (Match d in TimePatterns.DayNumber().EnumerateMatchesAsMatches(more.Value))
        {
            AddDate(c, more.Index + d.Index, d.Length, year, month, int.Parse(d.Value, CultureInfo.InvariantCulture));
        }
    }

    private static void AddDate(TimeCollector c, int index, int length, int? year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > (year is { } y0 ? DateTime.DaysInMonth(y0, month) : 31))
        {
            return;
        }

        DateOnly? date = year is { } y ? new DateOnly(y, month, day) : null;
        string value = date is { } d ? RelativeDateResolver.Iso(d) : $"XXXX-{month:D2}-{day:D2}";
        int trimmed = c.Text.AsSpan(index, length).TrimEnd(". ,").Length;
        c.Add(index, trimmed, TimeKind.Date, value, date);
    }

    internal static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    internal static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    internal static string DurationUnit(string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith("sec", StringComparison.Ordinal) => "TS",
        var u when u.StartsWith("min", StringComparison.Ordinal) => "TM",
        var u when u.StartsWith("hour", StringComparison.Ordinal) => "TH",
        var u when u.StartsWith("day", StringComparison.Ordinal) => "D",
        var u when u.StartsWith("week", StringComparison.Ordinal) => "W",
        var u when u.StartsWith("month", StringComparison.Ordinal) => "M",
        var u when u.StartsWith("quarter", StringComparison.Ordinal) => "Q",
        var u when u.StartsWith("dec", StringComparison.Ordinal) => "DE",
        var u when u.StartsWith("cent", StringComparison.Ordinal) => "CE",
        _ => "Y",
    };
}
