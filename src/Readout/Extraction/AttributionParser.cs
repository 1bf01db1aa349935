using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Extraction;

/// <summary>What the attribution parser found in a body: the chain (institutions and outlets) and whether people are quoted.</summary>
/// <param name="Links">Nearest first; spans point into the body.</param>
/// <param name="HasReportingCues">Any "X said"-style cue, including ones naming people, which never enter the chain.</param>
public sealed record AttributionResult(IReadOnlyList<AttributionLink> Links, bool HasReportingCues);

/// <summary>
/// Finds who a report attributes its account to: "according to a press release by the Foreign
/// Ministry", ", Xinhua news agency reported", "TASS cited the statement as saying". Sources are
/// deduplicated ("the ministry" folds into "the Russian Foreign Ministry") and ordered nearest first:
/// the outlet that relays the account before the institution it comes from.
/// </summary>
public static partial class AttributionParser
{
    /// <summary>How far before a reporting verb its source may start.</summary>
    private const int SourceWindow = 100;

    public static AttributionResult Parse(string body)
    {
        var found = new List<Candidate>();
        var cues = false;
        foreach (Match m in AccordingToRegex().Matches(body))
        {
            cues = true;
            Add(found, m.Groups["src"].Value, m.Groups["src"].Index, m.Groups["cue"].Value, m.Index, m.Index + m.Length);
        }

        // Reporting verbs are rare and cheap to find; the source is then read backwards from each one.
        foreach (Match verb in VerbRegex().Matches(body))
        {
            var cue = verb.Groups["cue"];
            var windowStart = Math.Max(0, cue.Index - SourceWindow);
            var window = body[windowStart..cue.Index];
            var m = SourceBeforeVerbRegex().Match(window);
            if (!m.Success)
            {
                continue;
            }

            var src = m.Groups["src"];
            if (Pronouns().IsMatch(src.Value) || windowStart > 0 && src.Index == 0)
            {
                continue;
            }

            cues = true;
            var start = windowStart + src.Index;
            var end = cue.Index + cue.Length;
            var cited = AsSayingRegex().Match(body, end);
            end = cited.Success ? end + cited.Length : end;
            Add(found, src.Value, start, body[cue.Index..end], start, end);
        }

        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        var merged = new List<Candidate>();
        foreach (var candidate in found)
        {
            Merge(merged, candidate);
        }

        // Nearest first: outlets relay what institutions said, so they come before them; ties keep text order.
        var links = merged
            .Where(c => c.IsInstitution || c.IsOutlet)
            .OrderBy(c => c.IsOutlet ? 0 : 1)
            .ThenBy(c => c.Position)
            .Select(c => new AttributionLink(c.Name, c.Cue, c.Span))
            .ToList();
        return new AttributionResult(links, cues);
    }

    private static void Add(List<Candidate> found, string source, int position, string cue, int start, int end)
    {
        var name = LeadingArticle().Replace(source.Trim(), "");
        if (name.Length < 2)
        {
            return;
        }

        var outletByCue = OutletCue().IsMatch(cue);
        found.Add(new Candidate(name, cue.Trim(), new TextSpan(start, end), position, outletByCue));
    }

    /// <summary>Folds anaphors ("the ministry", "the statement") and repeated names into earlier mentions.</summary>
    private static void Merge(List<Candidate> merged, Candidate candidate)
    {
        if (char.IsLower(candidate.Name[0]))
        {
            // "the statement notes" points back at whoever issued it; "the ministry said" at the last ministry named.
            return;
        }

        foreach (var existing in merged)
        {
            if (existing.Name.EndsWith(candidate.Name, StringComparison.OrdinalIgnoreCase)
                || candidate.Name.EndsWith(existing.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (candidate.Name.Length > existing.Name.Length)
                {
                    existing.Name = candidate.Name;
                }

                return;
            }
        }

        merged.Add(candidate);
    }

    private sealed class Candidate(string name, string cue, TextSpan span, int position, bool outletByCue)
    {
        public string Name { get; set; } = name;
        public string Cue { get; } = cue;
        public TextSpan Span { get; } = span;
        public int Position { get; } = position;
        public bool OutletByCue { get; } = outletByCue;

        public bool IsInstitution => InstitutionWords().IsMatch(Name) && !IsOutletName;

        public bool IsOutlet => IsOutletName || OutletByCue && (IsAcronym || !InstitutionWords().IsMatch(Name) && Name.Split(' ').Length <= 3 && !IsPersonLike);

        private bool IsOutletName => OutletWords().IsMatch(Name);

        private bool IsAcronym => AcronymRegex().IsMatch(Name);

        // "Lavrov", "Sergey Lavrov": people are quoted, not relayed; outlets are one proper noun or an acronym.
        private bool IsPersonLike => Name.Contains(' ') && !IsAcronym;
    }

    private const string Source =
        @"(?<src>(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\d’'.&-]*|ministry|agency|embassy|department|office|statement|report|release|readout|spokesperson|spokesman|spokeswoman|document|government|kremlin)" +
        @"(?:\s+(?:\p{Lu}[\p{L}\d’'.&-]*|of|for|and|on|the|news|agency|ministry|service|office|department|newspaper|daily|television|channel|radio|press|spokesperson|spokesman|spokeswoman|embassy)){0,7})";

    private const string DocumentNoun =
        @"(?:(?:press\s+|news\s+)?(?:release|statement|readout|report|communiqu[eé]|message|transcript|briefing|publication|post|announcement)|(?:the\s+)?website)";

    [GeneratedRegex(
        @"\b(?<cue>[Aa]ccording\s+to(?:\s+(?:a|an|the)\s+" + DocumentNoun + @"\s+(?:(?:issued|published|released|posted)\s+)?(?:by|from|of|on)\s+)?)" + Source + @"(?=[\s,.;:)])",
        RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToRegex();

    // A reporting verb after a space: the leading literal space keeps the scan fast on long bodies.
    [GeneratedRegex(
        @" (?<cue>re(?:ported|ports)|sa(?:id|ys)|informed|announced|stated|not(?:ed|es)|add(?:ed|s)|told|wrote|quot(?:ed|es)|cit(?:ed|es)|confirmed)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();

    // What a verb cited: "cited the statement as saying".
    [GeneratedRegex(@"\G(?:\s+(?:the|a|an)\s+" + DocumentNoun + @")?\s+as\s+saying\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsSayingRegex();

    // The source right before the verb opens a clause: text start, after a comma, a sentence end or a closing quote.
    [GeneratedRegex(
        @"(?:^|(?<=[,;:]\s)|(?<=[.!?][""”’]?\s)|(?<=[""”]\s)|(?<=\n))" + Source + @"\s+(?:(?:has|had|also|further)\s+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SourceBeforeVerbRegex();

    [GeneratedRegex(@"^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Both|All|Some|One|Sources?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pronouns();

    [GeneratedRegex(@"^(?:[Tt]he)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^(?:reported|reports|cited|cites|quoted|quotes|wrote)", RegexOptions.CultureInvariant)]
    private static partial Regex OutletCue();

    [GeneratedRegex(@"\b(?:Ministry|Ministries|Office|Department|Embassy|Kremlin|White House|Service|Council|Commission|Committee|Government|Administration|Bureau|Secretariat|Presidency|Cabinet|Parliament|Mission|Organi[sz]ation|Agency|State Department|Foreign Office|Spokes(?:person|man|woman))\b", RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionWords();

    [GeneratedRegex(@"\b(?:news|[Nn]ews [Aa]gency|News|Press Agency|Times|Post|Herald|Tribune|Gazette|Journal|Daily|TV|Television|Radio|Broadcasting|Telegraph|Wire|[Nn]ewspaper)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletWords();

    [GeneratedRegex(@"^\p{Lu}{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();
}
