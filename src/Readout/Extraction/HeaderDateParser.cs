using System.Text.RegularExpressions;

namespace Readout.Extraction;

/// <summary>
/// Reads the date lines pages put above or around an article: "4 February 202121:06" (date and
/// time glued together by flattening), "Thursday, 4 February 2021, 21:06", and the metadata prefix
/// " date 2021-02-05 " some feeds put before the text.
/// </summary>
public static partial class HeaderDateParser
{
    /// <summary>True when the line is a date, optionally with weekday and time, and nothing else.</summary>
    public static bool IsDateOnly(string line) => TryParseLine(line, out _, out _);

    /// <summary>Parses a date-only line; <paramref name="hasTime"/> tells a timestamp header from a bare date.</summary>
    public static bool TryParseLine(string line, out DateOnly date, out bool hasTime)
    {
        date = default;
        hasTime = false;
        var m = DateLineRegex().Match(line);
        if (!m.Success || !DateParsing.TryParse(m.Groups["date"].ValueSpan, out date))
        {
            return false;
        }

        hasTime = m.Groups["time"].Success;
        return true;
    }

    /// <summary>
    /// Matches "date 2021-02-05 " at the start of <paramref name="text"/>; <paramref name="length"/>
    /// is how much of the text the prefix takes (trailing space included).
    /// </summary>
    public static bool TryParsePrefix(string text, out DateOnly date, out int dateIndex, out int length)
    {
        date = default;
        dateIndex = length = 0;
        var m = PrefixRegex().Match(text);
        if (!m.Success || !DateParsing.TryParseIso(m.Groups["date"].Value, out date))
        {
            return false;
        }

        dateIndex = m.Groups["date"].Index;
        length = m.Length;
        return true;
    }

    // A weekday, a date in any DateParsing spelling, and a time that may be glued to the year.
    [GeneratedRegex(
        @"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?" +
        @"(?<date>\d{1,2}(?:st|nd|rd|th)?\.?\s*[A-Za-z]{3,9}\.?,?\s*(?:19|20)\d\d|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.[A-Za-z]{3}\.\d{4})" +
        @"(?:\s*[,|-]?\s*(?:at\s+)?(?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|MSK))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateLineRegex();

    [GeneratedRegex(@"^\s*(?:date|published|posted|dated)\s*:?\s*(?<date>(?:19|20)\d\d-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();
}
