using System.Text.RegularExpressions;

namespace Readout.Annotation.Times;

/// <summary>
/// The time-expression grammar as source-generated regexes, one per rule family, tried in priority order.
/// Every pattern is anchored on word boundaries with bounded repetition, so none can backtrack catastrophically.
/// </summary>
internal static partial class TimePatterns
{
    private const string Mon = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?";
    private const string FullMon = @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string Year = @"(?<y>(?:1[89]|20)\d{2})(?![\d:])";
    private const string Day = @"(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b";
    private const string Units = @"(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b")]
    public static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>3[01]|[12]\d|0?[1-9])\.(?:(?<m>1[0-2]|0?[1-9])|" + Mon + @")\.(?<y>(?:19|20)\d{2})\b")]
    public static partial Regex Dotted();

    [GeneratedRegex(@"\b" + Day + @"\s+(?:of\s+)?" + Mon + @"(?:,?\s+" + Year + ")?")]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Mon + @"\s+" + Day + @"(?<more>(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9])\b(?!\d)|\s+and\s+(?:3[01]|[12]\d|0?[1-9])\b){0,8})(?:,?\s+" + Year + ")?")]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"(?:3[01]|[12]\d|0?[1-9])\b")]
    public static partial Regex DayNumber();

    [GeneratedRegex(@"\b" + FullMon + @"\s*,?\s+" + Year)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<pre>in|since|until|by|from|of|during|before|after|through|early|late|mid-|last|next|this)\s+" + FullMon + @"\b")]
    public static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:[Tt]he\s+)?(?<dec>(?:1[89]|20)\d)0s\b")]
    public static partial Regex Decade();

    [GeneratedRegex(@"(?<![\d.,:/$+€£-])\b" + Year + @"\b(?![.,/-]\d)")]
    public static partial Regex BareYear();

    [GeneratedRegex(@"\b(?<n>" + NumberWords.Pattern + @"|a|an|a\s+few|several)\s+" + Units + @"\s+ago\b", RegexOptions.IgnoreCase)]
    public static partial Regex Ago();

    [GeneratedRegex(@"\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?<part>morning|afternoon|evening|night))?\b")]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|now|currently|recently)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Deictic();

    [GeneratedRegex(@"\b(?:(?<edge>earlier|later|early|late)\s+)?(?<mod>this|last|next|the\s+same)\s+(?<u>week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:the\s+(?:past|last|next|coming|previous)\s+)?(?<n>" + NumberWords.Pattern + @"|a|an|several|a\s+few|few|many|some)(?:\s+|-)" + Units + @"(?:-long|-old)?\b", RegexOptions.IgnoreCase)]
    public static partial Regex Duration();

    [GeneratedRegex(@"\b(?:the\s+)?(?<mod>past|last|next|coming|previous)\s+(?<u>year|month|week|decade|day)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PastPeriod();
}
