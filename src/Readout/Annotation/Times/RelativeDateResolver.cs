using System.Globalization;

namespace Readout.Annotation.Times;

/// <summary>
/// Anchors relative expressions to the document date and renders TIMEX3 values. News is past-tense by
/// default, so a bare weekday is the most recent such day on or before the document date unless the
/// sentence is future-tense; "last"/"next" are strictly before/after.
/// </summary>
internal static class RelativeDateResolver
{
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek day, string? modifier, bool future)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        int forward = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return modifier?.ToLowerInvariant() switch
        {
            "last" or "past" or "previous" => anchor.AddDays(back == 0 ? -7 : -back),
            "next" or "coming" => anchor.AddDays(forward == 0 ? 7 : forward),
            "this" => anchor.AddDays(IsoDay(day) - IsoDay(anchor.DayOfWeek)),
            _ => future ? anchor.AddDays(forward) : anchor.AddDays(-back),
        };
    }

    /// <summary>The TIMEX3 value of a period ("week", "month", ...) shifted by <paramref name="offset"/> periods from the anchor.</summary>
    public static string Period(DateOnly? anchor, string unit, int offset)
    {
        if (anchor is not { } a)
        {
            return unit switch
            {
                "week" => "XXXX-WXX",
                "weekend" => "XXXX-WXX-WE",
                "month" => "XXXX-XX",
                "quarter" => "XXXX-QX",
                "decade" => "XXX",
                "century" => "XX",
                _ when Season(unit) is { } s => "XXXX-" + s,
                _ => "XXXX",
            };
        }

        switch (unit)
        {
            case "week":
            case "weekend":
                var d = a.AddDays(7 * offset).ToDateTime(TimeOnly.MinValue);
                string week = $"{ISOWeek.GetYear(d):D4}-W{ISOWeek.GetWeekOfYear(d):D2}";
                return unit == "weekend" ? week + "-WE" : week;
            case "month":
                var m = a.AddMonths(offset);
                return $"{m.Year:D4}-{m.Month:D2}";
            case "quarter":
                int q = (a.Year * 4 + (a.Month - 1) / 3) + offset;
                return $"{q / 4:D4}-Q{q % 4 + 1}";
            case "decade":
                return ((a.Year / 10) + offset).ToString(CultureInfo.InvariantCulture);
            case "century":
                return ((a.Year / 100) + offset).ToString("D2", CultureInfo.InvariantCulture);
            default:
                int year = a.Year + offset;
                return Season(unit) is { } season ? $"{year:D4}-{season}" : year.ToString("D4", CultureInfo.InvariantCulture);
        }
    }

    public static DateOnly Ago(DateOnly anchor, int amount, char unit) => unit switch
    {
        'D' => anchor.AddDays(-amount),
        'W' => anchor.AddDays(-7 * amount),
        'M' => anchor.AddMonths(-amount),
        _ => anchor.AddYears(-amount),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Day of the ISO week, Monday = 1 … Sunday = 7 (TIMEX3 "XXXX-WXX-4" is Thursday).</summary>
    public static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    private static string? Season(string unit) => unit switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" or "fall" => "FA",
        "winter" => "WI",
        _ => null,
    };
}
