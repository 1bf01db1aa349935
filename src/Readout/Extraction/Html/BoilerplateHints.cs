using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>What class and id names say about an element: chrome (nav, share, comments, cookie banners) or content.</summary>
public static partial class BoilerplateHints
{
    /// <summary>A chrome-classed wrapper with this many paragraphs is more likely a mislabelled article wrapper.</summary>
    private const int KeepIfParagraphs = 8;

    /// <summary>Elements that never hold article text ("rt"/"rp": the reading aids over ruby text, not part of the sentence).</summary>
    public static bool IsJunkTag(string localName) => localName is "script" or "style" or "noscript" or "iframe" or "svg"
        or "nav" or "footer" or "aside" or "button" or "select" or "input" or "textarea" or "template" or "object" or "embed"
        or "canvas" or "video" or "audio" or "map" or "head" or "figure" or "figcaption" or "dialog" or "menu" or "rt" or "rp";

    /// <summary>
    /// Junk by its tag, except a figure that holds a table: a data table set as a figure is article text,
    /// unlike a picture with its caption.
    /// </summary>
    public static bool IsJunk(IElement e) => IsJunkTag(e.LocalName) && !(e.LocalName == "figure" && e.QuerySelector("table") is not null);

    /// <summary>True when class or id mark the element as chrome (and nothing marks it as the article).</summary>
    public static bool IsBoilerplate(IElement e)
    {
        var marker = Marker(e);
        if (marker.Length == 0)
        {
            return e.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo"
                || e.GetAttribute("aria-hidden") == "true" || e.HasAttribute("hidden");
        }

        return IsChromeMarker(marker) && !IsPositive(marker);
    }

    /// <summary>An article-like word in a class token that is not a CSS utility ("uk-text-center" styles a caption, it is not "text").</summary>
    private static bool IsPositive(string marker)
    {
        var span = marker.AsSpan();
        foreach (var range in span.Split(' '))
        {
            var token = span[range];
            if (!token.IsEmpty && PositiveRegex().IsMatch(token) && !IsUtilityClass(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"text-center", "uk-text-muted", "has-text-color": utility classes say how text looks, not what it is.</summary>
    private static bool IsUtilityClass(ReadOnlySpan<char> token) => token.StartsWith("text-", StringComparison.OrdinalIgnoreCase)
        || token.Contains("-text-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("has-", StringComparison.OrdinalIgnoreCase);

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

        var weight = IsPositive(marker) || e.LocalName is "article" or "main" ? 1 : 0;
        return IsChromeMarker(marker) ? weight - 1 : weight;
    }

    /// <summary>
    /// True when a class token names chrome. A page builder's layout classes ("elementor-widget-container") and
    /// a BEM sidebar modifier ("item-content__row--sidebar": the row laid out beside a sidebar) describe layout, so
    /// their chrome words do not count (while "pillars--footer" is the footer's copy of a block).
    /// </summary>
    private static bool IsChromeMarker(string marker)
    {
        var span = marker.AsSpan();
        foreach (var range in span.Split(' '))
        {
            var token = span[range];
            if (token.IsEmpty || token.StartsWith("elementor", StringComparison.OrdinalIgnoreCase) || IsLiveCommentary(token))
            {
                continue;
            }

            var modifier = token.IndexOf("--", StringComparison.Ordinal);
            var layout = modifier > 0 && token[modifier..].Contains("sidebar", StringComparison.OrdinalIgnoreCase);
            if (NegativeRegex().IsMatch(layout ? token[..modifier] : token))
            {
                return true;
            }
        }

        return IsPrintChrome(marker);
    }

    /// <summary>A live ticker's entries ("live-match-comment", "livecomment"): the report itself, not readers' comments.</summary>
    private static bool IsLiveCommentary(ReadOnlySpan<char> token)
    {
        var live = token.IndexOf("live", StringComparison.OrdinalIgnoreCase);
        return live >= 0 && token[live..].Contains("comment", StringComparison.OrdinalIgnoreCase);
    }

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

            // A print word inside a compound ("tip-print-step") names how that part is printed, not a print-only element.
            if (print && !layoutOnly && PrintAtEdge(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token starts or ends with a print word ("print-button", "hidden-print").</summary>
    private static bool PrintAtEdge(string token)
    {
        var parts = token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && (IsPrintWord(parts[0]) || IsPrintWord(parts[^1]));
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

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|header|masthead|share|sharing|social|comments?|comment-list|disqus|related|cookie|consent|gdpr|subscribe|subscription|newsletter|sidebar|side-bar|widget|advert|advertisement|ads?|ad-slot|promo|sponsor|breadcrumbs?|popup|modal|dialog|banner|signup|login|tags?|tagcloud|recommend|recommended|more-stories|read-more|most-popular|popular|trending|pagination|pager|toolbar|skip|author-bio|bio|outbrain|taboola|visually-hidden|sr-only|caption|credits?|copyright|image-?(?:description|annotation)|feedback|kommentare?|rating|infobox|byline-share|author-?box|about-the-author|legend|toc|table-of-contents|inhaltsverzeichnis|news-letter)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeRegex();

    [GeneratedRegex(@"article|story|entry|post-?body|post-?content|content-?body|main-?content|text|body|blog|hentry|page-content|rich-text|prose", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveRegex();
}
