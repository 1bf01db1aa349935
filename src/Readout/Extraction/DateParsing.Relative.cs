using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Extraction;

public static partial class DateParsing
{
    /// <summary>Longer text is prose, where "yesterday" or "3 days ago" tells of an event, not of the page.</summary>
    private const int MaxRelativeLabelLength = 40;

    /// <summary>
    /// A date line written relative to when the page was rendered: "3 days ago", "vor 2 Tagen", "il y a 4 jours",
    /// "hace 2 días", "5 giorni fa", "2 dagen geleden", "yesterday", "gestern", "ayer", "ieri", "gisteren".
    /// Only whole days: "5 hours ago" may fall on either side of midnight. <paramref name="reference"/> is the
    /// page's own capture date; without it such a line says nothing.
    /// </summary>
    public static bool TryParseRelative(string text, DateOnly reference, out DateOnly date)
    {
        date = default;
        if (text.Length > MaxRelativeLabelLength || RelativeRegex().Match(text) is not { Success: true } m)
        {
            return false;
        }

        // "a day ago", "vor einem Tag" and "yesterday" are one day.
        var n = m.Groups["n"];
        var count = n.Success && char.IsAsciiDigit(n.Value[0]) ? int.Parse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 1;
        date = reference.AddDays(-count);
        return true;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<n>\d{1,2}|a|one)\s+days?\s+ago|vor\s+(?<n>\d{1,2}|einem)\s+Tag(?:en)?|il\s+y\s+a\s+(?<n>\d{1,2}|un)\s+jours?" +
        @"|hace\s+(?<n>\d{1,2}|un)\s+d[ií]as?|(?<n>\d{1,2}|un)\s+giorn[oi]\s+fa|(?<n>\d{1,2}|een)\s+dag(?:en)?\s+geleden" +
        @"|yesterday|gestern|ayer|ieri|gisteren)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeRegex();
}
