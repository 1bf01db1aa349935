using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Readout.Model;

namespace Readout.Server.Html;

/// <summary>A highlighted range of a document body: CSS class and tooltip.</summary>
public readonly record struct Highlight(TextSpan Span, string CssClass, string Title);

/// <summary>
/// Renders an untrusted document body as HTML with annotation spans in &lt;mark&gt;. The body is
/// never injected raw: each segment between span boundaries is HTML-encoded on its own, and only
/// our own &lt;mark&gt; tags (with encoded attribute values) are added around them.
/// </summary>
public static class BodyHighlighter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<Highlight> Of(Annotations annotations)
    {
        var highlights = annotations.Mentions
            .Select(m => new Highlight(m.Span, m.Kind.ToString().ToLowerInvariant(), $"{m.Kind}: {m.EntityKey}"))
            .Concat(annotations.Times.Select(t => new Highlight(t.Span, "time", $"{t.Kind}: {t.Value}")));
        return highlights.ToList();
    }

    /// <summary>
    /// Spans out of range are ignored; overlapping spans keep the earlier (then longer) one, since
    /// &lt;mark&gt; elements cannot overlap without breaking nesting.
    /// </summary>
    public static IHtmlContent Render(string body, IEnumerable<Highlight> highlights)
    {
        var html = new StringBuilder(body.Length + body.Length / 4);
        var position = 0;
        foreach (var h in highlights
            .Where(h => h.Span.Start >= 0 && h.Span.End <= body.Length && h.Span.Start < h.Span.End)
            .OrderBy(h => h.Span.Start).ThenByDescending(h => h.Span.Length))
        {
            if (h.Span.Start < position)
            {
                continue;
            }

            html.Append(Encoder.Encode(body[position..h.Span.Start]));
            html.Append("<mark class=\"").Append(Encoder.Encode(h.CssClass)).Append("\" title=\"").Append(Encoder.Encode(h.Title)).Append("\">");
            html.Append(Encoder.Encode(body[h.Span.Start..h.Span.End]));
            html.Append("</mark>");
            position = h.Span.End;
        }

        html.Append(Encoder.Encode(body[position..]));
        return new HtmlString(html.ToString());
    }
}
