using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>
/// A "see also" box inside the article: a short title ("Zobacz także", "Latest from this section") over
/// nothing but links to other pages. The writer drops the links line by line but kept the title, which then
/// stood in the text as if it headed the next paragraph.
/// </summary>
public static class TitledLinkBox
{
    /// <summary>A box title is a few words; a longer heading is a section of the article.</summary>
    private const int MaxTitle = 60;

    /// <summary>A related-links box is a handful of headlines; a section this long is article text.</summary>
    private const int MaxBoxText = 800;

    /// <summary>Share of the text under the title that must be link text: a box of headlines, not prose with links.</summary>
    private const double MinLinkShare = 0.8;

    /// <summary>True when <paramref name="e"/> is a block whose first child is a short heading and whose other text is all links.</summary>
    public static bool Is(IElement e)
    {
        if (e.LocalName is not ("div" or "section" or "aside" or "nav") || e.FirstElementChild is not { } first || Title(first) is not { } title)
        {
            return false;
        }

        var titleText = HtmlContentScorer.CountNonSpace(title.TextContent);
        if (titleText == 0 || title.TextContent.Length > MaxTitle * 2 || titleText > MaxTitle || title.QuerySelector("a[href]") is not null)
        {
            return false;
        }

        var total = HtmlContentScorer.CountNonSpace(e.TextContent);
        if (total > MaxBoxText || total <= titleText)
        {
            return false;
        }

        int linked = 0, links = 0;
        foreach (var link in e.QuerySelectorAll("a[href]"))
        {
            if (IsOtherPage(link.GetAttribute("href")))
            {
                linked += HtmlContentScorer.CountNonSpace(link.TextContent);
                links++;
            }
        }

        return links > 0 && linked >= (total - titleText) * MinLinkShare;
    }

    /// <summary>The heading itself, or the heading a wrapper holds alone (<c>div.block-subtitle &gt; h5</c>).</summary>
    private static IElement? Title(IElement first)
    {
        if (IsHeading(first))
        {
            return first;
        }

        return first.LocalName == "div" && first.ChildElementCount == 1 && first.FirstElementChild is { } only && IsHeading(only)
            && HtmlContentScorer.CountNonSpace(first.TextContent) == HtmlContentScorer.CountNonSpace(only.TextContent) ? only : null;
    }

    private static bool IsHeading(IElement e) => e.LocalName is ['h', >= '2' and <= '6'];

    private static bool IsOtherPage(string? href)
    {
        var span = href.AsSpan().Trim();
        return !span.IsEmpty && span[0] != '#' && !span.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }
}
