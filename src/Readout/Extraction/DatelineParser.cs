using System.Text.RegularExpressions;

namespace Readout.Extraction;

/// <summary>A dateline found at the start of a body: where and when the report was filed, and the wire credit.</summary>
/// <param name="Place">"Moscow", "WASHINGTON".</param>
/// <param name="Date">Resolved with the reference year; null when the dateline has none or no year is known.</param>
/// <param name="Agency">"Reuters" in "WASHINGTON (Reuters) -".</param>
/// <param name="Text">The dateline as written, without its separator: "Moscow, Feb 5".</param>
/// <param name="Length">How much of the body the dateline and its separator take.</param>
public sealed record DatelineMatch(string Place, DateOnly? Date, string? Agency, string Text, int TextStart, int Length);

/// <summary>
/// Recognises "Moscow, Feb 5 :", "WASHINGTON (Reuters) -", "Moscow, February 4 (TASS) --",
/// "BEIJING, Feb. 5, 2021 (Xinhua) —" at the start of a body.
/// </summary>
public static partial class DatelineParser
{
    public static DatelineMatch? Parse(string body, int? referenceYear)
    {
        var m = DatelineRegex().Match(body);
        if (!m.Success)
        {
            return null;
        }

        var place = m.Groups["place"].Value;
        var hasDate = m.Groups["date"].Success;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;

        // A bare "Word -" is too weak on its own unless the place is written in capitals, as wires do.
        if (!hasDate && agency is null && !IsUpper(place))
        {
            return null;
        }

        DateOnly? date = null;
        if (hasDate && DateParsing.TryParse(m.Groups["date"].ValueSpan, out var d, referenceYear))
        {
            date = d;
        }

        var textStart = m.Groups["text"].Index;
        var text = m.Groups["text"].Value.TrimEnd();
        return new DatelineMatch(place, date, agency, text, textStart, m.Length);
    }

    private static bool IsUpper(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 3;
    }

    private const string Month =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    // place [, Country] [, date] [(Agency)] separator — the place is one to four capitalised words.
    [GeneratedRegex(
        @"^\s*(?<text>(?<place>\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3})" +
        @"(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)??" +
        @"(?:,?\s+(?<date>" + Month + @"\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?|\d{1,2}\s+" + Month + @"(?:\s+(?:19|20)\d\d)?))?" +
        @"(?:\s*\((?<agency>[^()\n]{2,40})\))?)" +
        @"\s*(?:--|[-–—:])\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();
}
