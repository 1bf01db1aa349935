using System.Globalization;
using System.Text.RegularExpressions;
using Readout.Annotation.Entities;

namespace Readout.Annotation.Actors;

/// <summary>A person's spellings and one office from CountryInfo.</summary>
public sealed record CountryInfoActor(IReadOnlyList<string> Names, ActorTenure Tenure);

/// <summary>
/// Reads office holders from CountryInfo.txt (Schrodt et al., MIT licence): the <c>&lt;Leaders&gt;</c> section
/// (sub-tag = office, "[19991231 - 20080507]" ranges, from rulers.org) and the <c>&lt;Government&gt;</c> section
/// ("[RUSGOV &gt;20080601] # Minister of Culture", from the CIA World Leaders, Jan 2003 – Feb 2011). An open
/// "[&gt;date]" ends at the date the source last vouched for it, so a stale entry never speaks for later years.
/// </summary>
public static partial class CountryInfoReader
{
    /// <summary>CountryInfo.120116's last update: an open Leaders tenure is only known to run until then.</summary>
    public static readonly DateOnly LeadersAsOf = new(2012, 1, 16);

    /// <summary>The Government section covers January 2003 to February 2011.</summary>
    public static readonly DateOnly GovernmentFrom = new(2003, 1, 1);

    public static readonly DateOnly GovernmentAsOf = new(2011, 2, 28);

    public static IEnumerable<CountryInfoActor> Read(TextReader reader)
    {
        string? country = null;
        string? office = null;
        string section = "";
        while (reader.ReadLine() is { } raw)
        {
            string line = raw.Trim();
            if (CountryNameTag().Match(line) is { Success: true } name)
            {
                country = CountryName(name.Groups[1].Value);
            }
            else if (line is "<Leaders>" or "<Government>")
            {
                section = line;
                office = null;
            }
            else if (line is "</Leaders>" or "</Government>")
            {
                section = "";
            }
            else if (section == "<Leaders>" && OpenTag().Match(line) is { Success: true } tag)
            {
                office = Singular(tag.Groups[1].Value);
            }
            else if (section == "<Leaders>" && line.StartsWith("</", StringComparison.Ordinal))
            {
                office = null;
            }
            else if (country is not null && line.Length > 0 && line[0] != '#')
            {
                var actors = section == "<Leaders>" && office is not null ? Leader(line, office, country)
                    : section == "<Government>" ? Minister(line, country) : [];
                foreach (var actor in actors)
                {
                    yield return actor;
                }
            }
        }
    }

    private static IEnumerable<CountryInfoActor> Leader(string line, string office, string country)
    {
        var names = Names(line);
        foreach (Match range in LeaderRange().Matches(line))
        {
            var from = range.Groups["from"].Success ? Date(range.Groups["from"].Value) : Date(range.Groups["open"].Value);
            var to = range.Groups["to"].Success ? Date(range.Groups["to"].Value) : LeadersAsOf;
            yield return new CountryInfoActor(names, new ActorTenure(names[0], office, country, from, to));
        }
    }

    // Several offices in one line ("Minister of A & Minister of B") list their ranges in code order, not title
    // order, so which range belongs to which title is unknown: such lines are skipped.
    private static IEnumerable<CountryInfoActor> Minister(string line, string country)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            yield break;
        }

        string title = line[(hash + 1)..].Trim();
        if (title.Length == 0 || title.Contains('&', StringComparison.Ordinal))
        {
            yield break;
        }

        var names = Names(line[..hash]);
        foreach (Match range in GovernmentRange().Matches(line))
        {
            var (from, to) = range.Groups["op"].Value switch
            {
                ">" => (Date(range.Groups["a"].Value), GovernmentAsOf),
                "<" => (GovernmentFrom, Date(range.Groups["a"].Value)),
                _ => (Date(range.Groups["a"].Value), Date(range.Groups["b"].Value)),
            };
            yield return new CountryInfoActor(names, new ActorTenure(names[0], title, country, from, to));
        }
    }

    // "{VLADIMIR_PUTIN_}{VLADIMIR_VLADIMIROVICH_PUTIN_}" or "BORIS_YELTSIN_" → "Vladimir Putin", ….
    private static List<string> Names(string line)
    {
        var braced = BracedName().Matches(line);
        if (braced.Count > 0)
        {
            return braced.Select(m => Display(m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToList();
        }

        int end = line.IndexOfAny(['\t', '[', ' ']);
        return [Display(end < 0 ? line : line[..end])];
    }

    /// <summary>"VLADIMIR_PUTIN_" → "Vladimir Putin"; "BAN_KI-MOON" → "Ban Ki-Moon".</summary>
    public static string Display(string token)
    {
        var words = token.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => TitleCase(w.ToLowerInvariant())));
    }

    private static string TitleCase(string word)
    {
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    // The annotator's canonical country when the gazetteer knows it ("RUSSIAN_FEDERATION" → its alias), else the name as written.
    private static string CountryName(string raw)
    {
        string name = string.Join(' ', Display(raw).Split(' ').Select(w => w is "Of" or "The" or "And" ? w.ToLowerInvariant() : w));
        return Gazetteer.Shared.CanonicalCountry(name) ?? (Gazetteer.Shared.TryGet(name, out var place) ? place.Country : name);
    }

    // "Prime ministers" → "Prime Minister", "General secretaries of the communist party" → "General Secretary of the Communist Party".
    private static string Singular(string tag)
    {
        var words = tag.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
        int of = Array.FindIndex(words, w => w is "of" or "to" or "for");
        int head = of < 0 ? words.Length - 1 : of - 1;
        for (int i = 0; i <= head && i < words.Length; i++)
        {
            words[i] = string.Join('-', words[i].Split('-').Select(Singular1));
        }

        return string.Join(' ', words.Select(w => w is "of" or "the" or "and" or "to" or "for" ? w : TitleCase(w)));
    }

    private static string Singular1(string word)
        => word.Split('/')[0] switch
        {
            var w when w.EndsWith("men", StringComparison.Ordinal) => w[..^3] + "man",
            var w when w.EndsWith("ies", StringComparison.Ordinal) => w[..^3] + "y",
            var w when w.EndsWith("sses", StringComparison.Ordinal) => w[..^2],
            var w when w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) => w[..^1],
            var w => w,
        };

    // CountryInfo has impossible days ("20080631"): clamp to the month's end.
    private static DateOnly? Date(string yyyymmdd)
    {
        if (yyyymmdd.Length != 8 || !int.TryParse(yyyymmdd, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        int year = int.Parse(yyyymmdd.AsSpan(0, 4), CultureInfo.InvariantCulture);
        int month = Math.Clamp(int.Parse(yyyymmdd.AsSpan(4, 2), CultureInfo.InvariantCulture), 1, 12);
        int day = Math.Clamp(int.Parse(yyyymmdd.AsSpan(6, 2), CultureInfo.InvariantCulture), 1, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"^<CountryName>([^<]+)</CountryName>")]
    private static partial Regex CountryNameTag();

    [GeneratedRegex(@"^<([A-Za-z][^>]*)>$")]
    private static partial Regex OpenTag();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex BracedName();

    [GeneratedRegex(@"\[(?:(?<from>\d{8})\s*-\s*(?<to>\d{8})|>(?<open>\d{8}))\]")]
    private static partial Regex LeaderRange();

    [GeneratedRegex(@"\[[A-Z]{3,}\s+(?:(?<op>[<>])(?<a>\d{8})|(?<a>\d{8})\s*-\s*(?<b>\d{8}))\]")]
    private static partial Regex GovernmentRange();
}
