using System.Text.RegularExpressions;
using Readout.Evaluation.Clustering;

namespace Readout.Tools.ClusterFit;

/// <summary>Experiment: "December 14", "Dec. 14", "14 December" as month-day keys (no year needed).</summary>
internal static partial class MonthDays
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly Dictionary<ClusteringDocument, HashSet<string>> Cache = [];

    public static HashSet<string> Of(ClusteringDocument document)
    {
        if (Cache.TryGetValue(document, out var keys))
        {
            return keys;
        }

        keys = new HashSet<string>(StringComparer.Ordinal);
        var text = document.Title + "\n" + document.Text;
        foreach (Match m in MonthFirst().Matches(text))
        {
            Add(keys, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        foreach (Match m in DayFirst().Matches(text))
        {
            Add(keys, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        Cache[document] = keys;
        return keys;
    }

    private static void Add(HashSet<string> keys, string month, string day)
    {
        var index = Array.IndexOf(Months, month[..3].ToLowerInvariant());
        if (index >= 0 && int.TryParse(day, out var d) && d is >= 1 and <= 31)
        {
            keys.Add($"{index + 1}-{d}");
        }
    }

    [GeneratedRegex(@"\b(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*(?<d>\d{1,2})(?:st|nd|rd|th)?\b")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")]
    private static partial Regex DayFirst();
}
