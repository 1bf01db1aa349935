using Readout.Model;

namespace Readout.Extraction.Text;

/// <summary>
/// Reads a page that arrives already flattened to text: finds the article block among the chrome
/// (language switches, page clocks, banners, contact lines, teaser lists, footers), the title line
/// above it, the header date (publication) and any page-clock date (capture).
/// </summary>
public static class TextPageExtractor
{
    /// <summary>How many non-blank lines above the article may hold its title.</summary>
    private const int TitleLookBack = 4;

    /// <param name="template">The site's repeated lines, dropped as chrome (never the title or a date line).</param>
    /// <param name="knownTitle">The page's title from the input, kept even when the site repeats it.</param>
    public static TextPage Extract(string content, SiteTemplate? template = null, string? knownTitle = null)
    {
        var lines = TextLineClassifier.Split(content);
        if (template is { Count: > 0 })
        {
            DropTemplate(lines, template, knownTitle);
        }

        var teaser = TeaserListDetector.Mark(lines);
        if (MainBlockFinder.Find(lines, teaser) is not var (first, last))
        {
            return new TextPage(null, [], null, FindCapture(lines, teaser, 0, -1));
        }

        var paragraphs = new List<TextSpan>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            if (lines[i].Kind is LineKind.Paragraph or LineKind.Short && !teaser[i])
            {
                paragraphs.Add(lines[i].Span);
            }
        }

        var published = FindHeaderDate(lines, first, out var clockDate);
        if (HeaderDateParser.TryParsePrefix(lines[first].Text, out var prefixDate, out var dateIndex, out var prefixLength))
        {
            // " date 2021-02-05 Moscow, ..." is feed metadata, not article text.
            var span = lines[first].Span;
            published ??= new DateEvidence(prefixDate, DateSource.Header, 0.9, new TextSpan(span.Start + dateIndex, span.Start + dateIndex + 10));
            paragraphs[0] = new TextSpan(span.Start + prefixLength, span.End);
        }

        var captured = clockDate ?? FindCapture(lines, teaser, last + 1, lines.Count - 1);
        if (captured is not null && published is not null && captured.Date == published.Date)
        {
            captured = null;
        }

        var title = FindTitle(lines, teaser, first);
        return new TextPage(title is { } t ? lines[t].Text : null, paragraphs, published, captured) { TitleSpan = title is { } at ? lines[at].Span : null };
    }

    private static void DropTemplate(List<TextLine> lines, SiteTemplate template, string? title)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Chrome or LineKind.DateOnly || !template.Contains(line.Text)
                || title is not null && string.Equals(line.Text, title.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            lines[i] = line with { Kind = LineKind.Chrome };
        }
    }

    /// <summary>The nearest heading-like line above the article, skipping chrome such as language switches.</summary>
    private static int? FindTitle(List<TextLine> lines, bool[] teaser, int first)
    {
        var seen = 0;
        for (var i = first - 1; i >= 0 && seen < TitleLookBack; i--)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Chrome || line.Kind == LineKind.DateOnly)
            {
                continue;
            }

            seen++;
            if (teaser[i] || line.Kind != LineKind.Short && line.Kind != LineKind.Paragraph)
            {
                return null;
            }

            if (line.Text.Length is >= 10 and <= 300 && line.Text[^1] != '.')
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// A date line above the article is its header date, unless a page clock ("Moscow: 15:22")
    /// sits right under it: then it is today's date on the site, a capture date.
    /// </summary>
    private static DateEvidence? FindHeaderDate(List<TextLine> lines, int first, out DateEvidence? clockDate)
    {
        clockDate = null;
        for (var i = 0; i < first; i++)
        {
            if (lines[i].Kind != LineKind.DateOnly || !HeaderDateParser.TryParseLine(lines[i].Text, out var date, out var hasTime))
            {
                continue;
            }

            if (IsFollowedByClock(lines, i))
            {
                clockDate ??= new DateEvidence(date, DateSource.PageClock, 0.6, lines[i].Span);
                continue;
            }

            // A glued time ("202121:06") is a publication timestamp; a bare date is a little less sure.
            return new DateEvidence(date, DateSource.Header, hasTime ? 0.85 : 0.7, lines[i].Span);
        }

        return null;
    }

    private static bool IsFollowedByClock(List<TextLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count && i <= index + 3; i++)
        {
            if (lines[i].Kind == LineKind.Chrome && lines[i].Text.Contains(':') && char.IsDigit(lines[i].Text[^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date alone on the last line after the article (and after any teaser list), or a render stamp among the footer chrome, is when the page was captured.</summary>
    private static DateEvidence? FindCapture(List<TextLine> lines, bool[] teaser, int from, int to)
    {
        for (var i = to; i >= from && i >= 0; i--)
        {
            if (lines[i].Kind == LineKind.Blank)
            {
                continue;
            }

            if (lines[i].Kind == LineKind.DateOnly && !teaser[i] && HeaderDateParser.TryParseLine(lines[i].Text, out var date, out _))
            {
                return new DateEvidence(date, DateSource.PageClock, 0.5, lines[i].Span);
            }

            if (lines[i].Kind == LineKind.Chrome)
            {
                // "Page generated 27 Oct 2025 09:14" says when the page was rendered; other footer chrome is passed over.
                if (CaptureStamp.TryParse(lines[i].Text, out date))
                {
                    return new DateEvidence(date, DateSource.PageClock, 0.6, lines[i].Span);
                }

                continue;
            }

            return null;
        }

        return null;
    }
}
