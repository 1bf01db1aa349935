using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Evaluation.Annotation;

/// <summary>A gold TIMEX3: its character span in the tag-stripped text, its type and its normalised value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value);

/// <summary>
/// One TimeML (.tml) document as TempEval-3 scores it: the TEXT element with every tag stripped (entities
/// decoded, so offsets are into the plain text the recognizer sees), the TIMEX3s inside TEXT, and the
/// document creation time from the DCT element (the DCT's own TIMEX3 is not scored, as in TempEval-3).
/// </summary>
public sealed partial class TimeMlDocument
{
    private TimeMlDocument(string id, DateOnly? creation, string text, IReadOnlyList<GoldTimex> timexes)
        => (Id, Creation, Text, Timexes) = (id, creation, text, timexes);

    public string Id { get; }

    /// <summary>Document creation time (the reference date for relative expressions); null when absent or unparsable.</summary>
    public DateOnly? Creation { get; }

    public string Text { get; }

    public IReadOnlyList<GoldTimex> Timexes { get; }

    public static TimeMlDocument Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static TimeMlDocument Parse(string id, string xml)
    {
        DateOnly? creation = null;
        var dct = DctValue().Match(xml);
        if (dct.Success && DateOnly.TryParseExact(dct.Groups["v"].Value[..Math.Min(10, dct.Groups["v"].Value.Length)], "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            creation = d;
        }

        int open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return new TimeMlDocument(id, creation, "", []);
        }

        var (text, timexes) = Strip(xml.AsSpan(open + "<TEXT>".Length, close - open - "<TEXT>".Length));
        return new TimeMlDocument(id, creation, text, timexes);
    }

    // Walks the element content once: tags are dropped, entities decoded, and TIMEX3 open/close tags
    // record the plain-text offsets between them. TimeML never nests TIMEX3, so one open start suffices.
    private static (string Text, List<GoldTimex> Timexes) Strip(ReadOnlySpan<char> content)
    {
        var text = new StringBuilder(content.Length);
        var timexes = new List<GoldTimex>();
        (int Start, string Type, string Value)? openTimex = null;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c == '<')
            {
                int end = content[i..].IndexOf('>');
                if (end < 0)
                {
                    break;
                }

                var tag = content.Slice(i, end + 1).ToString();
                i += end;
                if (tag.StartsWith("<TIMEX3", StringComparison.Ordinal) && !tag.EndsWith("/>", StringComparison.Ordinal))
                {
                    openTimex = (text.Length, Attribute(tag, "type"), Attribute(tag, "value"));
                }
                else if (tag == "</TIMEX3>" && openTimex is { } t)
                {
                    timexes.Add(new GoldTimex(new TextSpan(t.Start, text.Length), t.Type, t.Value));
                    openTimex = null;
                }

                continue;
            }

            if (c == '&')
            {
                int semi = content[i..].IndexOf(';');
                if (semi is > 1 and < 10)
                {
                    text.Append(WebUtility.HtmlDecode(content.Slice(i, semi + 1).ToString()));
                    i += semi;
                    continue;
                }
            }

            text.Append(c);
        }

        return (text.ToString(), timexes);
    }

    private static string Attribute(string tag, string name)
    {
        foreach (Match m in AttributePattern().Matches(tag))
        {
            if (m.Groups["n"].Value == name)
            {
                return WebUtility.HtmlDecode(m.Groups["v"].Value);
            }
        }

        return "";
    }

    [GeneratedRegex(@"(?<n>\w+)=""(?<v>[^""]*)""")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<DCT>\s*<TIMEX3[^>]*?\bvalue=""(?<v>[^""]+)""", RegexOptions.Singleline)]
    private static partial Regex DctValue();
}
