using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>
/// Last resort: the publication date a page's own scripts carry in their state objects
/// (<c>"published_at":"2019-03-02T06:22:28"</c>, <c>"publishedDate":...</c>, <c>"publish_date":"2020\/02\/24"</c>).
/// A vectorised search for the key names comes first, so pages without them cost one scan.
/// </summary>
public static partial class ScriptDateFinder
{
    private static readonly SearchValues<string> Keys = SearchValues.Create(
        ["published_at", "publishedat", "publisheddate", "publish_date", "publishdate", "published_date", "publication_date", "publication_time", "datepublished", "firstpublished"],
        StringComparison.OrdinalIgnoreCase);

    public static DateEvidence? Find(IDocument document)
    {
        foreach (var script in document.Scripts)
        {
            if (script.Type is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = script.Text;
            for (var at = 0; at < text.Length;)
            {
                var i = text.AsSpan(at).IndexOfAny(Keys);
                if (i < 0)
                {
                    break;
                }

                at += i;
                var m = ValueRegex().Match(text, at, Math.Min(80, text.Length - at));
                if (m.Success && DateParsing.TryMake(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out var date))
                {
                    return new DateEvidence(date, DateSource.MetaTag, 0.5);
                }

                at++;
            }
        }

        return null;
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    // The key's tail, a closing quote, a colon, and an ISO-like date with '-' or an escaped '/'.
    [GeneratedRegex(@"\G\w+[""']?\s*[:=]\s*[""'](?<y>(?:19|20)\d\d)(?:-|\\?/)(?<m>[01]\d)(?:-|\\?/)(?<d>[0-3]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ValueRegex();
}
