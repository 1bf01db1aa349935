using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>What class and id names say about an element: chrome (nav, share, comments, cookie banners) or content.</summary>
public static partial class BoilerplateHints
{
    /// <summary>A chrome-classed wrapper with this many paragraphs is more likely a mislabelled article wrapper.</summary>
    private const int KeepIfParagraphs = 8;

    /// <summary>Elements that never hold article text.</summary>
    public static bool IsJunkTag(string localName) => localName is "script" or "style" or "noscript" or "iframe" or "svg"
        or "nav" or "footer" or "aside" or "button" or "select" or "input" or "textarea" or "template" or "object" or "embed"
        or "canvas" or "video" or "audio" or "map" or "head" or "figure" or "figcaption" or "dialog" or "menu";

    /// <summary>True when class or id mark the element as chrome (and nothing marks it as the article).</summary>
    public static bool IsBoilerplate(IElement e)
    {
        var marker = Marker(e);
        if (marker.Length == 0)
        {
            return e.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo"
                || e.GetAttribute("aria-hidden") == "true" || e.HasAttribute("hidden");
        }

        return IsChromeMarker(marker) && !PositiveRegex().IsMatch(marker);
    }

    /// <summary>
    /// Chrome to drop: classed as boilerplate but neither a semantic article container nor a wrapper that
    /// plainly holds one (a mislabelled "content-with-sidebar" wrapper around the whole story).
    /// </summary>
    public static bool IsChrome(IElement e) =>
        IsBoilerplate(e) && e.LocalName is not ("article" or "main") && !LooksLikeArticle(e);

    /// <summary>Hidden by its own markup: schema.org blocks and collapsed duplicates are not shown to readers.</summary>
    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
        {
            return true;
        }

        var style = e.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var at = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && style.AsSpan(at + 7).TrimStart().TrimStart(':').TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeArticle(IElement e) =>
        e.QuerySelector("article, main, h1") is not null || e.QuerySelectorAll("p").Length >= KeepIfParagraphs && !ContainsComment(e.ClassName);

    private static bool ContainsComment(string? marker) => marker?.Contains("comment", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Class-name weight for content scoring: +1 article-like, -1 chrome-like, 0 neutral.</summary>
    public static int Weight(IElement e)
    {
        var marker = Marker(e);
        if (marker.Length == 0)
        {
            return e.LocalName is "article" or "main" ? 1 : 0;
        }

        var weight = PositiveRegex().IsMatch(marker) || e.LocalName is "article" or "main" ? 1 : 0;
        return IsChromeMarker(marker) ? weight - 1 : weight;
    }

    private static bool IsChromeMarker(string marker) => NegativeRegex().IsMatch(marker) || IsPrintChrome(marker);

    /// <summary>
    /// A print button or an element shown only on screen or only in print ("print", "hidden-print",
    /// "dn-print", "printButton"); "print-full", "print-links" or "printable" only style how the article itself is printed.
    /// </summary>
    private static bool IsPrintChrome(string marker)
    {
        if (!marker.Contains("print", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var token in marker.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var print = false;
            var layoutOnly = true;
            foreach (var part in token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                var isPrint = IsPrintWord(part);
                print |= isPrint;
                layoutOnly &= isPrint && part.Length == 5 || part.ToLowerInvariant() is "full" or "links" or "area" or "width" or "wide";
            }

            if (print && !layoutOnly)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"print", "printButton", "printfriendly": but not "printable" or "blueprint".</summary>
    private static bool IsPrintWord(string part)
    {
        if (!part.StartsWith("print", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = part.AsSpan(5);
        return rest.IsEmpty || rest.Equals("button", StringComparison.OrdinalIgnoreCase) || rest.Equals("btn", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("friendly", StringComparison.OrdinalIgnoreCase) || rest.Equals("icon", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("link", StringComparison.OrdinalIgnoreCase);
    }

    private static string Marker(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        return (cls, id) switch
        {
            (null, null) => "",
            (_, null) => cls!,
            (null, _) => id!,
            _ => cls + " " + id,
        };
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|header|masthead|share|sharing|social|comments?|comment-list|disqus|related|cookie|consent|gdpr|subscribe|subscription|newsletter|sidebar|side-bar|widget|advert|advertisement|ads?|ad-slot|promo|sponsor|breadcrumbs?|popup|modal|dialog|banner|signup|login|tags?|tagcloud|recommend|recommended|more-stories|read-more|most-popular|popular|trending|pagination|pager|toolbar|skip|author-bio|bio|outbrain|taboola|visually-hidden|sr-only|caption|credits?|copyright|image-?(?:description|annotation)|feedback|kommentare?|rating|infobox|byline-share|author-?box|about-the-author|legend)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeRegex();

    [GeneratedRegex(@"article|story|entry|post-?body|post-?content|content-?body|main-?content|text|body|blog|hentry|page-content|rich-text|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveRegex();
}
