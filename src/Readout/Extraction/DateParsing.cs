using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Extraction;

/// <summary>
/// Parses the date spellings news pages use: "4 February 2021", "February 4, 2021", "Feb 5",
/// "2021-02-05", "05.02.2021", "21.Oct.2025". Year-less forms need a reference year.
/// </summary>
public static partial class DateParsing
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Whole-string parse; whitespace around is ignored. <paramref name="year"/> completes "Feb 5".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, int? year = null)
    {
        date = default;
        var s = text.Trim().ToString();
        if (s.Length is < 3 or > 40)
        {
            return false;
        }

        var m = DateRegex().Match(s);
        return m.Success && m.Length == s.Length && TryFromMatch(m, year, out date);
    }

    /// <summary>Finds the first date anywhere in <paramref name="text"/> (year-less forms only with a year).</summary>
    public static bool TryFind(string text, out DateOnly date, out int index, out int length, int? year = null)
    {
        foreach (Match m in DateRegex().Matches(text))
        {
            if (TryFromMatch(m, year, out date))
            {
                index = m.Index;
                length = m.Length;
                return true;
            }
        }

        date = default;
        index = length = 0;
        return false;
    }

    /// <summary>
    /// Finds a full date, or else a day-first date with a two-digit year ("31.10.23", read as 20xx):
    /// for text already known to be a date label (a date-classed element, the line by the headline),
    /// where the short form is common and a version number is unlikely.
    /// </summary>
    public static bool TryFindInLabel(string text, out DateOnly date, out int index)
    {
        if (TryFind(text, out date, out index, out _))
        {
            return true;
        }

        var m = ShortYearRegex().Match(text);
        index = m.Index;
        return m.Success && TryMake(2000 + Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value), out date);
    }

    /// <summary>Parses ISO-like machine dates from metadata: "2021-02-05", "2021-02-05T10:00:00Z", "20210205".</summary>
    public static bool TryParseIso(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = IsoRegex().Match(text);
        return m.Success && TryMake(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value), out date)
            || TryParse(text, out date);
    }

    /// <summary>Month number of an English month name or abbreviation ("Feb", "Sept", "October"), 0 when unknown.</summary>
    public static int MonthOf(ReadOnlySpan<char> name)
    {
        var key = name.TrimEnd('.').ToString().ToLowerInvariant();
        return Months.TryGetValue(key, out var month) ? month : 0;
    }

    internal static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryFromMatch(Match m, int? defaultYear, out DateOnly date)
    {
        date = default;
        var g = m.Groups;
        if (g["iy"].Success)
        {
            return TryMake(Int(g["iy"].Value), Int(g["im"].Value), Int(g["id"].Value), out date);
        }

        if (g["hy"].Success)
        {
            return TryMake(Int(g["hy"].Value), MonthOf(g["hm"].ValueSpan), Int(g["hd"].Value), out date);
        }

        if (g["ny"].Success)
        {
            // Numeric day-first ("05.02.2021"): the form European and Russian sites print.
            // "06/13/2019" can only be month-first: US sites print that with slashes.
            int first = Int(g["nd"].Value), second = Int(g["nm"].Value);
            return second > 12 && first <= 12 && g["ns"].Value == "/"
                ? TryMake(Int(g["ny"].Value), first, second, out date)
                : TryMake(Int(g["ny"].Value), second, first, out date);
        }

        if (g["dy"].Success)
        {
            return TryMake(Int(g["dy"].Value), MonthOf(g["dm"].ValueSpan), Int(g["dd"].Value), out date);
        }

        var month = MonthOf(g["mon"].ValueSpan);
        var day = g["d1"].Success ? g["d1"].Value : g["d2"].Value;
        int? year = g["y"].Success ? Int(g["y"].Value) : defaultYear;
        return month > 0 && year is not null && TryMake(year.Value, month, Int(day), out date);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonths()
    {
        string[] names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            map[names[i]] = i + 1;
            map[names[i][..3]] = i + 1;
        }

        map["sept"] = 9;

        // German, French, Spanish, Italian, Dutch, Portuguese, Russian, Polish, Czech (genitive), Turkish,
        // Swedish, Danish/Norwegian, Finnish (partitive), Hungarian and Greek (genitive) names: news sites
        // print dates in their own language.
        string[][] other =
        [
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
            ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
            ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
            ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "desember"],
            ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
            ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
            ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"],
        ];
        foreach (var language in other)
        {
            for (var i = 0; i < language.Length; i++)
            {
                map.TryAdd(language[i], i + 1);
            }
        }

        foreach (var (name, month) in new[] { ("μαιου", 5), ("maerz", 3), ("mär", 3), ("okt", 10), ("dez", 12), ("fevrier", 2), ("aout", 8), ("decembre", 12), ("janv", 1), ("févr", 2), ("fév", 2), ("fev", 2), ("fevr", 2), ("avr", 4), ("juil", 7), ("déc", 12), ("setiembre", 9) })
        {
            map.TryAdd(name, month);
        }

        return map;
    }

    // English and German spellings with their abbreviations, then the full names of the other languages above;
    // no letter may follow, so "Jun" does not stop "junio" from matching.
    private const string MonthName =
        "(?:Jan(?:uary|uar|vier|v)?|Feb(?:ruary|ruar)?|f[ée]v(?:rier|r)?|Mar(?:ch|s)?|M(?:ä|ae)rz|Mär|Apr(?:il)?|avr(?:il)?|May|Mai|June?|Juni|juin|July?|Juli|juil(?:let)?|Aug(?:ust)?|ao[uû]t|Sep(?:t(?:ember|embre)?)?|Oct(?:ober|obre)?|Okt(?:ober)?|Nov(?:ember|embre)?|Dec(?:ember)?|d[ée]c(?:embre)?|Dez(?:ember)?" +
        "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre" +
        "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus" +
        "|janeiro|fevereiro|março|junho|julho|setembro|outubro|novembro|dezembro" +
        "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря" +
        "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia" +
        "|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince" +
        "|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık" +
        "|augusti|maj|marts|desember" +
        "|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta" +
        "|január|február|március|április|május|június|július|augusztus|szeptember|október" +
        "|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μα[ΐι]ου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου)(?!\\p{L})\\.?";

    // Alternatives: ISO (also "2019/06/13", "2023.11.02"); Hungarian "2021. január 5."; numeric day-first
    // (also Czech "5. 1. 2021"); "21.Oct.2025";
    // "4 February 2021" / "13 de junio de 2019" / "February 4, 2021" / "Feb 5".
    [GeneratedRegex(
        @"\b(?:(?<iy>(?:19|20)\d\d)(?<is>[-/.])(?<im>[01]?\d)\k<is>(?<id>[0-3]?\d)" +
        @"|(?<hy>(?:19|20)\d\d)\.\s*(?<hm>" + MonthName + @")\s*(?<hd>\d{1,2})" +
        @"|(?<nd>\d{1,2})(?<ns>[./])\s?(?<nm>\d{1,2})\k<ns>\s?(?<ny>(?:19|20)\d\d)" +
        @"|(?<dd>\d{1,2})[.\-/ ](?<dm>" + MonthName + @")[.\-/ ](?<dy>(?:19|20)\d\d)" +
        @"|(?<d1>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?<mon>" + MonthName + @")(?:,?\s+(?:de\s+)?(?<y>(?:19|20)\d\d))?" +
        @"|(?<mon>" + MonthName + @")\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d\d))?)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>[0-4]\d)(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYearRegex();

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)\d\d)-?(?<m>[01]\d)-?(?<d>[0-3]\d)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();
}
