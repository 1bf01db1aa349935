using System.Buffers;
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

    // Words every match of a rule contains, for skipping the rule on a text without them. Case-sensitive rules
    // take ordinal cues; a case-blind rule's cues avoid letters with extra case forms (i, k, s), so no spelling it matches is missed.
    public static readonly SearchValues<string> DottedCues = SearchValues.Create([".19", ".20"], StringComparison.Ordinal);
    public static readonly SearchValues<string> MonthCues = SearchValues.Create(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], StringComparison.Ordinal);
    public static readonly SearchValues<string> WeekdayCues = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);
    public static readonly SearchValues<string> DecadeCues = SearchValues.Create(["0s", "0's"], StringComparison.Ordinal);
    public static readonly SearchValues<string> QuarterCues = SearchValues.Create(["quarter", "half"], StringComparison.Ordinal);
    public static readonly SearchValues<string> ReportPeriodCues = SearchValues.Create(["ear-", "period"], StringComparison.Ordinal);
    public static readonly SearchValues<string> AgoCues = SearchValues.Create(["ago", "later", "earl"], StringComparison.OrdinalIgnoreCase);

    // Cues of the clause-bounded rules (RegexExtensions.EnumerateClauseMatches): every match holds one of them.
    public static readonly SearchValues<string> UnitCues = SearchValues.Create(
        ["econd", "nute", "hour", "day", "wee", "month", "year", "decade", "centur"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> DeicticCues = SearchValues.Create(
        ["day", "tomorrow", "ght", "now", "currently", "recently"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> PartOfDayCues = SearchValues.Create(["morn", "afternoon", "even", "ght"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> PeriodCues = SearchValues.Create(
        ["wee", "month", "year", "quarter", "decade", "centur", "pr", "ummer", "autumn", "fall", "nter"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> SetCues = SearchValues.Create(
        ["every", "each", "hour", "da", "wee", "month", "annually", "year", "ght"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> FutureCues = SearchValues.Create(["future"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> PastCues = SearchValues.Create(["pa"], StringComparison.OrdinalIgnoreCase);
    public static readonly SearchValues<string> WeekendCues = SearchValues.Create(["weekend"], StringComparison.Ordinal);
    public static readonly SearchValues<string> QuarterAdjectiveCues = SearchValues.Create(["-quarter", "-half"], StringComparison.OrdinalIgnoreCase);

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

    [GeneratedRegex(@"\b(?:(?<pre>in|since|until|by|from|of|during|before|after|through|early|late|last|next|this|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)\s+|(?<pre>mid|[Mm]id)-)" + FullMon + @"\b")]
    public static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:[Tt]he\s+)?(?:(?:early|mid|late)(?:-|\s+))?(?<dec>(?:1[89]|20)\d)0'?s\b")]
    public static partial Regex Decade();

    [GeneratedRegex(@"(?<![\d.,:/$+€£-])\b" + Year + @"\b(?![.,/-]\d)")]
    public static partial Regex BareYear();

    [GeneratedRegex(@"\b(?<n>" + NumberWords.Pattern + @"|a|an|a\s+few|several)\s+" + Units + @"\s+(?<dir>ago|earlier|later)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Ago();

    [GeneratedRegex(@"\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|(?:[Tt]he\s+)?previous)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?<part>morning|afternoon|evening|night))?\b")]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:early|late)\s+(?=yesterday|today|tomorrow))?(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|right\s+now|now|currently|recently|these\s+days)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Deictic();

    [GeneratedRegex(@"\b(?:(?<edge>earlier|later|early|late)\s+)?(?<mod>this|last|next|previous|coming|the\s+same)\s+(?<u>week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)\b", RegexOptions.IgnoreCase)]
    public static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:the\s+(?:(?:past|last|next|coming|previous|first|latest|final)\s+)?)?(?<n>" + NumberWords.Pattern + @"|a|an|several|a\s+few|few|many|some)(?:\s+|-)" + Units + @"(?:-long)?\b(?!-old|\s+old\b)", RegexOptions.IgnoreCase)]
    public static partial Regex Duration();

    [GeneratedRegex(@"\b(?:the\s+)?(?<mod>past|last|next|coming|previous)\s+(?<u>year|month|week|decade|day)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PastPeriod();

    private const string Ordinal = @"(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)";

    [GeneratedRegex(@"\b" + Ordinal + @"-(?<u>quarter|half)\b", RegexOptions.IgnoreCase)]
    public static partial Regex QuarterAdjective();

    [GeneratedRegex(@"\b(?:(?<yr>(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year's)\s+|(?<det>[Tt]he)\s+(?:(?:comparable|corresponding|same)\s+)?(?:(?<ago>year-(?:ago|earlier))\s+)?(?:(?<y>(?:19|20)\d{2})\s+)?(?:fiscal\s+)?)?(?:(?<ord>first|second|third|fourth|final|latest|last|previous|past|current|next|coming)\s+)?(?<u>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?<y2>(?:19|20)\d{2})\b)?")]
    public static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s*(?<ap>[ap])\.?m\.?(?![\w])|(?<named>noon|midnight))(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local\s+time))?(?:\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?", RegexOptions.IgnoreCase)]
    public static partial Regex Clock();

    [GeneratedRegex(@"\b(?:(?:early|late)\s+)?(?<day>this|last|yesterday|tomorrow|today)\s+(?<part>morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PartOfDay();

    [GeneratedRegex(@"\b(?:(?:every|each)\s+(?<u>hour|day|week|month|quarter|year|morning|evening|night)|(?<adv>hourly|daily|weekly|monthly|annually|yearly|nightly))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Set();

    [GeneratedRegex(@"\b(?:(?:in|into|for)\s+(?<x>the\s+(?:(?:near|distant|foreseeable|immediate|not\s+too\s+distant)\s+)?future)|(?<x>the\s+(?:near|distant|foreseeable|immediate)\s+future))\b", RegexOptions.IgnoreCase)]
    public static partial Regex FutureReference();

    [GeneratedRegex(@"\b(?:in|than)\s+(?<x>the\s+(?:recent\s+|distant\s+)?past)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PastReference();

    /// <summary>Earnings-report anaphora: "the year-ago period", "year-earlier results", "the latest period".</summary>
    [GeneratedRegex(@"\b(?:(?<the>[Tt]he)\s+(?:(?:comparable|corresponding|same)\s+)?)?(?<ago>[Yy]ear-(?:ago|earlier))(?<p>\s+period)?\b|\b(?<latest>[Tt]he\s+(?:latest|most\s+recent)\s+period)\b")]
    public static partial Regex ReportPeriod();

    [GeneratedRegex(@"\b[Tt]he\s+weekend\b")]
    public static partial Regex Weekend();

    /// <summary>What a date's span takes in before it (matched against the text just before the date).</summary>
    [GeneratedRegex(@"(?:\b[Tt]he\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+|\b(?:[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|-)|\b[Ff]iscal\s+)\z")]
    public static partial Regex EdgePrefix();
}
