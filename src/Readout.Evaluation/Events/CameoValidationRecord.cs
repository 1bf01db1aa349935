using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Readout.Evaluation.Events;

/// <summary>One UniversalPetrarch validation record: the sentence, its date and the gold CAMEO codes (empty = gold says no event).</summary>
public sealed record CameoValidationRecord(string Id, DateOnly? Date, string Text, IReadOnlyList<string> GoldCodes)
{
    /// <summary>Each gold coding's source and target actor codes ("USA", "GUYJUD"), in the order of <see cref="GoldCodes"/>.</summary>
    public IReadOnlyList<(string Source, string Target)> GoldActors { get; init; } = [];
}

/// <summary>
/// Reads <c>PETR2_GSR_validation.xml</c>. The file is not well-formed XML (a banner of <c>#</c> lines, stray
/// markup in parses), so records are cut out with patterns: each <c>&lt;Sentence .../&gt;</c> opens one, followed
/// by its <c>&lt;EventCoding .../&gt;</c> lines and <c>&lt;Text&gt;</c>. The dependency parse is ignored.
/// </summary>
public static partial class CameoValidationReader
{
    [GeneratedRegex("""<Sentence\b(?<attributes>[^>]*)>""")]
    private static partial Regex SentenceTag();

    [GeneratedRegex("""<EventCoding\b[^>]*\beventcode="(?<code>\d+)"[^>]*>""")]
    private static partial Regex Coding();

    [GeneratedRegex("""<EventCoding\b[^>]*\beventcode="\d+"[^>]*>""")]
    private static partial Regex CodingTag();

    [GeneratedRegex("""<Text>(?<text>.*?)</Text>""", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex("""(?<name>\w+)="(?<value>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Attribute();

    public static List<CameoValidationRecord> Read(string path)
    {
        var content = File.ReadAllText(path);
        var records = new List<CameoValidationRecord>();
        var starts = SentenceTag().Matches(content);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : content.Length;
            var body = content[starts[i].Index..end];
            var attributes = Attributes(starts[i].Groups["attributes"].Value);
            if (attributes.GetValueOrDefault("evaluate") is "false")
            {
                continue;
            }

            var text = TextElement().Match(body) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups["text"].Value) : "";
            var date = DateOnly.TryParseExact(attributes.GetValueOrDefault("date"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : (DateOnly?)null;
            var codes = Coding().Matches(body).Select(m => m.Groups["code"].Value).ToList();
            var actors = CodingTag().Matches(body).Select(m => Attributes(m.Value))
                .Select(a => (a.GetValueOrDefault("sourcecode") ?? "", a.GetValueOrDefault("targetcode") ?? "")).ToList();
            records.Add(new CameoValidationRecord(attributes.GetValueOrDefault("id") ?? $"record-{i}",
                date, string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)), codes)
            { GoldActors = actors });
        }

        return records;
    }

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text).DistinctBy(m => m.Groups["name"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
}
