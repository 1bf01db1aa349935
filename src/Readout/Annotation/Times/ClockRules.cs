using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Times within a day: clock times ("9 a.m.", "10:30 p.m. Thursday", "noon") on the document date or the
/// weekday given, and parts of days ("this morning" → TMO, "last night" → the day before, TNI).
/// </summary>
internal static class ClockRules
{
    public static void Clock(TimeCollector c)
    {
        foreach (Match m in TimePatterns.Clock().EnumerateMatchesAsMatches(c.Text))
        {
            int hour, minute = 0;
            var h = m.Groups["h"];
            if (h.Success)
            {
                hour = int.Parse(h.ValueSpan, CultureInfo.InvariantCulture) % 12;
                minute = m.Groups["mi"].Success ? TimeExpressionRecognizer.Int(m, "mi") : 0;
                hour += char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p' ? 12 : 0;
            }
            else
            {
                hour = m.Groups["named"].Value.StartsWith("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 24;
            }

            DateOnly? date = c.Dct;
            if (m.Groups["wd"].Success && c.Dct is { } anchor)
            {
                date = RelativeDateResolver.Weekday(anchor, Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), null, RelativeRules.IsFutureContext(c.Text, m.Index));
            }

            string day = date is { } d ? RelativeDateResolver.Iso(d) : "XXXX-XX-XX";
            c.Add(m, TimeKind.Time, hour == 24 ? $"{day}T24:00" : $"{day}T{hour:D2}:{minute:D2}", date);
        }
    }

    public static void PartsOfDay(TimeCollector c)
    {
        foreach (Match m in TimePatterns.PartOfDay().EnumerateClauseMatches(c.Text, TimePatterns.PartOfDayCues))
        {
            string day = m.Groups["day"].Value.ToLowerInvariant();
            string part = m.Groups["part"].Value.ToLowerInvariant();
            int shift = day switch
            {
                "yesterday" => -1,
                "tomorrow" => 1,
                "last" => part == "night" ? -1 : 0,
                _ => 0,
            };
            DateOnly? date = c.Dct?.AddDays(shift);
            string value = (date is { } d ? RelativeDateResolver.Iso(d) : "XXXX-XX-XX") + RelativeRules.PartOfDay(part);
            c.Add(m, TimeKind.Time, value, date);
        }
    }
}
