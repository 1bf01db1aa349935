using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>
/// Last resort for a publication date: &lt;time&gt; elements and date-classed elements
/// ("date", "published", "byline") in document order, skipping update/modified stamps and the
/// dates of related-article lists and comments.
/// </summary>
public static partial class HtmlDateScanner
{
    /// <summary>Only this many candidates with a date attribute or short digit-bearing text are tried: the article's own date sits near its top.</summary>
    private const int MaxCandidates = 40;

    /// <summary>An element with more children than this is a wrapper, not a date label; its text is not read.</summary>
    private const int MaxChildren = 6;

    public static DateEvidence? Find(IDocument document)
    {
        var tried = 0;
        foreach (var e in document.QuerySelectorAll("time, [class*='date'], [class*='Date'], [class*='datum'], [class*='publish'], [class*='posted'], [class*='byline'], [id*='date'], [class*='time'], [class*='meta']"))
        {
            // Wrappers (many children, long text) and digit-less labels do not use up the budget.
            var datetime = e.GetAttribute("datetime");
            var text = e.ChildElementCount > MaxChildren ? "" : SpacedText(e);
            if (datetime is null && (text.Length > 120 || !text.AsSpan().ContainsAnyInRange('0', '9')))
            {
                continue;
            }

            if (++tried > MaxCandidates)
            {
                break;
            }

            var marker = (e.ClassName ?? "") + " " + (e.Id ?? "");
            if (UpdatedRegex().IsMatch(marker) || InBoilerplate(e) || HtmlPageClock.IsClockWidget(e))
            {
                continue;
            }

            if (DateParsing.TryParseIso(datetime, out var d))
            {
                return new DateEvidence(d, DateSource.MetaTag, 0.7);
            }

            if (text.Length <= 120 && !UpdatedRegex().IsMatch(text) && !ClockLabelRegex().IsMatch(text) && !CaptureStamp.TryParse(text, out _) && DateParsing.TryFindInLabel(text, out d, out _))
            {
                return new DateEvidence(d, DateSource.Body, 0.6);
            }
        }

        return null;
    }

    /// <summary>The element's text with a space between its pieces: "&lt;span&gt;18&lt;/span&gt;&lt;span&gt;2009&lt;/span&gt;" is "18 2009", not "182009".</summary>
    private static string SpacedText(IElement e)
    {
        if (e.ChildElementCount == 0)
        {
            return e.TextContent;
        }

        var pieces = new List<string>();
        foreach (var node in e.Descendants<IText>())
        {
            if (node.Data.AsSpan().Trim().Length > 0)
            {
                pieces.Add(node.Data.Trim());
            }
        }

        return string.Join(' ', pieces);
    }

    private static bool InBoilerplate(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "footer" or "nav" or "aside")
            {
                return true;
            }

            var marker = p.ClassName;
            if (marker is not null && RelatedRegex().IsMatch(marker))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"updat|modif|edited|revis|aktualisiert|geändert", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedRegex();

    // A class word must start the token: "layoutTwoColumnsRightSidebar" is the page layout, not a sidebar.
    [GeneratedRegex(@"(?:^|[\s_-])(?:related|comments?|sidebar|teaser|recommend|popular|most-read|widget)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedRegex();

    /// <summary>"Aktuelle Zeit: 14.10.2020, 12:18": the forum's clock, not a post date.</summary>
    [GeneratedRegex(@"aktuelle\s+zeit|current\s+time|it\s+is\s+(?:now|currently)|heute\s+ist", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockLabelRegex();
}
