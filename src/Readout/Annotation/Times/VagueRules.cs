using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Sets ("every year", "annually" → P1Y, kind Set), the nearest weekend, and vague references TimeML gives
/// no date: "in the past" (PAST_REF), "in the future" / "the near future" (FUTURE_REF), "these days" (PRESENT_REF).
/// Each is only taken in the contexts where it is time and not something else ("the future of the alliance").
/// </summary>
internal static class VagueRules
{
    public static void Sets(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Set().EnumerateClauseMatches(c.Text, TimePatterns.SetCues))
        {
            string unit = (m.Groups["u"].Success ? m.Groups["u"].Value : m.Groups["adv"].Value).ToLowerInvariant();
            string value = unit switch
            {
                var u when u.StartsWith("hour", StringComparison.Ordinal) => "PT1H",
                var u when u.StartsWith("week", StringComparison.Ordinal) => "P1W",
                var u when u.StartsWith("month", StringComparison.Ordinal) => "P1M",
                var u when u.StartsWith("quarter", StringComparison.Ordinal) => "P3M",
                var u when u.StartsWith("year", StringComparison.Ordinal) || u.StartsWith("annual", StringComparison.Ordinal) => "P1Y",
                "morning" => "TMO",
                "evening" => "TEV",
                "night" or "nightly" => "TNI",
                _ => "P1D",
            };
            c.Add(m, TimeKind.Set, value);
        }
    }

    public static void References(TimeCollector c)
    {
        foreach (Match m in TimePatterns.FutureReference().EnumerateClauseMatches(c.Text, TimePatterns.FutureCues))
        {
            c.Add(m.Groups["x"], TimeKind.Date, "FUTURE_REF");
        }

        foreach (Match m in TimePatterns.PastReference().EnumerateClauseMatches(c.Text, TimePatterns.PastCues))
        {
            c.Add(m.Groups["x"], TimeKind.Date, "PAST_REF");
        }

        foreach (Match m in TimePatterns.Weekend().EnumerateClauseMatches(c.Text, TimePatterns.WeekendCues))
        {
            c.Add(m, TimeKind.Date, Weekend(c, m.Index));
        }
    }

    // "The weekend" in news is the one just past (or the coming one in a future-tense sentence).
    private static string Weekend(TimeCollector c, int index)
    {
        if (c.Dct is not { } d)
        {
            return "XXXX-WXX-WE";
        }

        var saturday = RelativeDateResolver.Weekday(d, DayOfWeek.Saturday, null, RelativeRules.IsFutureContext(c.Text, index));
        return RelativeDateResolver.Period(saturday, "weekend", 0);
    }
}
