using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>
/// Finds the dates a page shows about itself rather than its article: render and retrieval stamps
/// ("page generated 2025-10-27", "Printed on", "Seite erstellt am") and clock widgets that print
/// today's date in the site header. One walk over the tree; these dates are captures, never publication.
/// </summary>
public static partial class HtmlPageClock
{
    /// <summary>A clock widget prints a date and maybe a weekday and time, nothing more.</summary>
    private const int MaxWidgetLength = 60;

    private static readonly SearchValues<string> ClockHints = SearchValues.Create(
        ["clock", "today", "heute", "current", "date", "datum", "time", "uhr"], StringComparison.OrdinalIgnoreCase);

    public static DateEvidence? Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        DateEvidence? widget = null, stamp = null;
        Walk(body, inArticle: false, inSiteHeader: false, ref widget, ref stamp);
        return stamp ?? widget;
    }

    /// <summary>True for a date element that is a clock widget: clock-classed, or a date in the site header outside any article.</summary>
    public static bool IsClockWidget(IElement e)
    {
        if (IsClockClassed(e))
        {
            return true;
        }

        var inSiteHeader = false;
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "article" or "main")
            {
                return false;
            }

            inSiteHeader |= IsSiteHeader(p);
        }

        return inSiteHeader;
    }

    private static void Walk(IElement element, bool inArticle, bool inSiteHeader, ref DateEvidence? widget, ref DateEvidence? stamp)
    {
        foreach (var node in element.ChildNodes)
        {
            if (stamp is not null)
            {
                return;
            }

            if (node is IText text)
            {
                if (text.Data.AsSpan().IndexOfAny(CaptureStamp.Keywords) >= 0)
                {
                    var line = element.TextContent.Trim();
                    if (CaptureStamp.TryParse(line.Length <= CaptureStamp.MaxLength ? line : text.Data.Trim(), out var date))
                    {
                        stamp = new DateEvidence(date, DateSource.PageClock, 0.7);
                    }
                }

                continue;
            }

            if (node is not IElement child || child.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "head")
            {
                continue;
            }

            var article = inArticle || child.LocalName is "article" or "main";
            var siteHeader = !article && (inSiteHeader || IsSiteHeader(child));
            if (widget is null && (IsClockClassed(child) || siteHeader && child.ChildElementCount == 0))
            {
                var content = child.TextContent;
                if (content.Length <= MaxWidgetLength * 2 && IsDateWidgetText(content.Trim(), out var date))
                {
                    widget = new DateEvidence(date, DateSource.PageClock, 0.6);
                    continue;
                }
            }

            Walk(child, article, siteHeader, ref widget, ref stamp);
        }
    }

    private static bool IsDateWidgetText(string text, out DateOnly date)
    {
        date = default;
        return text.Length is > 0 and <= MaxWidgetLength && DateParsing.TryFind(text, out date, out var index, out var length)
            && WidgetRestRegex().IsMatch(text.AsSpan(0, index)) && WidgetRestRegex().IsMatch(text.AsSpan(index + length));
    }

    private static bool IsClockClassed(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        return cls is not null && cls.AsSpan().IndexOfAny(ClockHints) >= 0 && ClockRegex().IsMatch(cls)
            || id is not null && id.AsSpan().IndexOfAny(ClockHints) >= 0 && ClockRegex().IsMatch(id);
    }

    /// <summary>The site's banner: a &lt;header&gt; that is not an article's own header, or a masthead/top-bar block.</summary>
    private static bool IsSiteHeader(IElement e)
    {
        var cls = e.GetAttribute("class");
        if (e.LocalName == "header")
        {
            return (cls is null || !ArticleHeaderRegex().IsMatch(cls)) && e.QuerySelector("h1, h2, time") is null;
        }

        return cls is not null && SiteHeaderRegex().IsMatch(cls) || e.Id is { } id && SiteHeaderRegex().IsMatch(id);
    }

    // What may stand around a widget's date: weekday, time, "Today", "Heute", separators.
    [GeneratedRegex(@"^[\s,|·•\-–:/.]*(?:(?:today|heute|it\s+is|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\d{1,2}:\d\d(?::\d\d)?|[ap]\.?m\.?|uhr|utc|gmt|cet|cest|mez)[\s,|·•\-–:/.]*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetRestRegex();

    [GeneratedRegex(@"clock|today|heute|current-?date|date-?now|datum-?heute|(?:header|topbar|top-bar|masthead)-?date|date-?(?:widget|display)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockRegex();

    [GeneratedRegex(@"(?:^|[\s_-])(?:site-?header|masthead|top-?bar|header-?top|topbar|top-?nav|global-?header|page-?top)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteHeaderRegex();

    [GeneratedRegex(@"entry|post|article|story|content|title", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleHeaderRegex();
}
