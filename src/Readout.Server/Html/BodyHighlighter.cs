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
    /// &lt;mark&gt; elements cannot overlap without breaking nesting. A <paramref name="focus"/> span (a claim the
    /// claims matrix links to) is wrapped in &lt;mark id="hl" class="claim"&gt; around the annotation marks inside
    /// it; annotation spans crossing its edges are left out.
    /// </summary>
    public static IHtmlContent Render(string body, IEnumerable<Highlight> highlights, TextSpan? focus = null)
    {
        var valid = highlights
            .Where(h => h.Span.Start >= 0 && h.Span.End <= body.Length && h.Span.Start < h.Span.End)
            .OrderBy(h => h.Span.Start).ThenByDescending(h => h.Span.Length)
            .ToList();
        var html = new StringBuilder(body.Length + body.Length / 4);
        if (focus is not { } f || f.Start < 0 || f.End > body.Length || f.Start >= f.End)
        {
            Append(html, body, 0, body.Length, valid);
            return new HtmlString(html.ToString());
        }

        Append(html, body, 0, f.Start, valid);
        html.Append("<mark id=\"hl\" class=\"claim\" title=\"Claim linked from the claims matrix\">");
        Append(html, body, f.Start, f.End, valid);
        html.Append("</mark>");
        Append(html, body, f.End, body.Length, valid);
        return new HtmlString(html.ToString());
    }

    /// <summary>body[from..to], encoded, with the highlights that lie wholly inside it.</summary>
    private static void Append(StringBuilder html, string body, int from, int to, List<Highlight> highlights)
    {
        var position = from;
        foreach (var h in highlights)
        {
            if (h.Span.Start < position || h.Span.End > to)
            {
                continue;
            }

            html.Append(Encoder.Encode(body[position..h.Span.Start]));
            html.Append("<mark class=\"").Append(Encoder.Encode(h.CssClass)).Append("\" title=\"").Append(Encoder.Encode(h.Title)).Append("\">");
            html.Append(Encoder.Encode(body[h.Span.Start..h.Span.End]));
            html.Append("</mark>");
            position = h.Span.End;
        }

        html.Append(Encoder.Encode(body[position..to]));
    }
}
