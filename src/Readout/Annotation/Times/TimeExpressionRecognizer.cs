using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Finds and normalises time expressions (TIMEX3 values) against the document date: absolute dates in the
/// common news formats, weekdays and deictics ("on Thursday", "yesterday"), relative periods ("last week",
/// "earlier this month"), "N units ago", durations ("five years" → P5Y) and bare years. Rule families run in
/// priority order and a later family never overlaps an earlier match. Unresolvable relative expressions get
/// an underspecified value ("XXXX-WXX-4") and no date.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    public IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? documentDate)
    {
        var found = new List<TimeExpression>();
        var taken = new List<TextSpan>();

        foreach (Match m in TimePatterns.Iso().EnumerateMatchesAsMatches(text))
        {
            AddDate(found, taken, m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        foreach (Match m in TimePatterns.Dotted().EnumerateMatchesAsMatches(text))
        {
            int month = m.Groups["m"].Success ? Int(m, "m") : MonthNumber(m.Groups["mon"].Value);
            AddDate(found, taken, m, Int(m, "y"), month, Int(m, "d"));
        }

        foreach (Match m in TimePatterns.DayMonth().EnumerateMatchesAsMatches(text))
        {
            AddDate(found, taken, m, Year(m, documentDate), MonthNumber(m.Groups["mon"].Value), Int(m, "d"));
        }

        foreach (Match m in TimePatterns.MonthDay().EnumerateMatchesAsMatches(text))
        {
            MonthDayList(found, taken, text, m, documentDate);
        }

        foreach (Match m in TimePatterns.MonthYear().EnumerateMatchesAsMatches(text))
        {
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, $"{Int(m, "y"):D4}-{MonthNumber(m.Groups["mon"].Value):D2}", null);
        }

        foreach (Match m in TimePatterns.BareMonth().EnumerateMatchesAsMatches(text))
        {
            var g = m.Groups["mon"];
            string year = documentDate is { } a ? a.Year.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
            Add(found, taken, g.Index, g.Length, text, TimeKind.Date, $"{year}-{MonthNumber(g.Value):D2}", null);
        }

        foreach (Match m in TimePatterns.Decade().EnumerateMatchesAsMatches(text))
        {
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, m.Groups["dec"].Value, null);
        }

        foreach (Match m in TimePatterns.Ago().EnumerateMatchesAsMatches(text))
        {
            var (n, unit) = (NumberWords.Parse(m.Groups["n"].Value), UnitCode(m.Groups["u"].Value));
            DateOnly? date = documentDate is { } a && n is { } k && unit is 'D' or 'W' or 'M' or 'Y' ? RelativeDateResolver.Ago(a, k, unit) : null;
            string value = date is { } d ? Granular(d, unit) : "PAST_REF";
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, value, unit == 'D' ? date : null);
        }

        foreach (Match m in TimePatterns.Weekday().EnumerateMatchesAsMatches(text))
        {
            Weekday(found, taken, text, m, documentDate);
        }

        foreach (Match m in TimePatterns.Deictic().EnumerateMatchesAsMatches(text))
        {
            Deictic(found, taken, text, m, documentDate);
        }

        foreach (Match m in TimePatterns.RelativePeriod().EnumerateMatchesAsMatches(text))
        {
            string unit = m.Groups["u"].Value.ToLowerInvariant();
            int offset = m.Groups["mod"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, RelativeDateResolver.Period(documentDate, unit, offset), null);
        }

        foreach (Match m in TimePatterns.PastPeriod().EnumerateMatchesAsMatches(text))
        {
            Add(found, taken, m.Index, m.Length, text, TimeKind.Duration, "P1" + DurationUnit(m.Groups["u"].Value).Replace("T", ""), null);
        }

        foreach (Match m in TimePatterns.Duration().EnumerateMatchesAsMatches(text))
        {
            int? n = NumberWords.Parse(m.Groups["n"].Value);
            string unit = DurationUnit(m.Groups["u"].Value);
            string amount = n?.ToString(CultureInfo.InvariantCulture) ?? "X";
            string value = unit.StartsWith('T') ? "PT" + amount + unit[1..] : "P" + amount + unit;
            Add(found, taken, m.Index, m.Length, text, TimeKind.Duration, value, null);
        }

        foreach (Match m in TimePatterns.BareYear().EnumerateMatchesAsMatches(text))
        {
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, m.Groups["y"].Value, null);
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static void MonthDayList(List<TimeExpression> found, List<TextSpan> taken, string text, Match m, DateOnly? dct)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        int? year = m.Groups["y"].Success ? Int(m, "y") : dct?.Year;
        var more = m.Groups["more"];
        int firstEnd = more.Length > 0 ? more.Index : m.Index + m.Length;
        AddDate(found, taken, m.Index, firstEnd - m.Index, text, year, month, Int(m, "d"));
        if (more.Length == 0)
        {
            return;
        }

        // "April 9, 10, 11 and 12": each further day is its own date in the same month.
        foreach (Match d in TimePatterns.DayNumber().EnumerateMatchesAsMatches(more.Value))
        {
            AddDate(found, taken, more.Index + d.Index, d.Length, text, year, month, int.Parse(d.Value, CultureInfo.InvariantCulture));
        }
    }

    private static void Weekday(List<TimeExpression> found, List<TextSpan> taken, string text, Match m, DateOnly? dct)
    {
        var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        string? modifier = m.Groups["mod"].Success ? m.Groups["mod"].Value : null;
        string part = m.Groups["part"].Success ? "T" + m.Groups["part"].Value[..2].ToUpperInvariant().Replace("NI", "NI") : "";
        if (dct is not { } anchor)
        {
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, $"XXXX-WXX-{RelativeDateResolver.IsoDay(day)}{part}", null);
            return;
        }

        var date = RelativeDateResolver.Weekday(anchor, day, modifier, IsFutureContext(text, m.Index));
        Add(found, taken, m.Index, m.Length, text, TimeKind.Date, RelativeDateResolver.Iso(date) + part, date);
    }

    private static void Deictic(List<TimeExpression> found, List<TextSpan> taken, string text, Match m, DateOnly? dct)
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
            Add(found, taken, m.Index, m.Length, text, TimeKind.Date, word == "recently" ? "PAST_REF" : "PRESENT_REF", null);
            return;
        }

        DateOnly? date = dct?.AddDays(s);
        string value = (date is { } d ? RelativeDateResolver.Iso(d) : "XXXX-XX-XX") + (word == "tonight" ? "TNI" : "");
        Add(found, taken, m.Index, m.Length, text, TimeKind.Date, value, date);
    }

    // Past tense is the default for news; a future marker shortly before the weekday flips it.
    private static bool IsFutureContext(string text, int index)
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
               || window.Contains(" are to ", StringComparison.Ordinal);
    }

    private static void AddDate(List<TimeExpression> found, List<TextSpan> taken, Match m, int? year, int month, int day)
        => AddDate(found, taken, m.Index, m.Length, m.Value, 0, year, month, day);

    private static void AddDate(List<TimeExpression> found, List<TextSpan> taken, int index, int length, string text, int? year, int month, int day)
        => AddDate(found, taken, index, length, text.Substring(index, length), index, year, month, day);

    private static void AddDate(List<TimeExpression> found, List<TextSpan> taken, int index, int length, string surface, int _, int? year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > (year is { } y0 ? DateTime.DaysInMonth(y0, month) : 31))
        {
            return;
        }

        DateOnly? date = year is { } y ? new DateOnly(y, month, day) : null;
        string value = date is { } d ? RelativeDateResolver.Iso(d) : $"XXXX-{month:D2}-{day:D2}";
        Add(found, taken, new TimeExpression(surface.TrimEnd('.', ' ', ','), new TextSpan(index, index + surface.TrimEnd('.', ' ', ',').Length), TimeKind.Date, value, date));
    }

    private static void Add(List<TimeExpression> found, List<TextSpan> taken, int index, int length, string text, TimeKind kind, string value, DateOnly? date)
        => Add(found, taken, new TimeExpression(text.Substring(index, length), new TextSpan(index, index + length), kind, value, date));

    private static void Add(List<TimeExpression> found, List<TextSpan> taken, TimeExpression expression)
    {
        foreach (var t in taken)
        {
            if (t.Start < expression.Span.End && expression.Span.Start < t.End)
            {
                return;
            }
        }

        taken.Add(expression.Span);
        found.Add(expression);
    }

    private static int? Year(Match m, DateOnly? dct) => m.Groups["y"].Success ? Int(m, "y") : dct?.Year;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

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

    private static string DurationUnit(string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith("sec", StringComparison.Ordinal) => "TS",
        var u when u.StartsWith("min", StringComparison.Ordinal) => "TM",
        var u when u.StartsWith("hour", StringComparison.Ordinal) => "TH",
        var u when u.StartsWith("day", StringComparison.Ordinal) => "D",
        var u when u.StartsWith("week", StringComparison.Ordinal) => "W",
        var u when u.StartsWith("month", StringComparison.Ordinal) => "M",
        var u when u.StartsWith("dec", StringComparison.Ordinal) => "DE",
        var u when u.StartsWith("cent", StringComparison.Ordinal) => "CE",
        _ => "Y",
    };
}
