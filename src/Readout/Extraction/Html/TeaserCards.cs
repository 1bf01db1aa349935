using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>
/// Related-story grids written as divs or list items: three or more sibling blocks of one tag and first class, each a
/// short text holding a link to another page (a title, a blurb, a "more" button). Article sections that
/// repeat a class are longer, and bare link lists are already dropped line by line; a list item with an excerpt
/// under its title link is not. A single titled box of links elsewhere (<see cref="TitledLinkBox"/>) goes too.
/// </summary>
public static class TeaserCards
{
    /// <summary>A teaser is a title and a blurb of a sentence or two; a section of the article is longer.</summary>
    private const int MaxCardText = 400;

    private const int MinCards = 3;

    /// <summary>"mehr", "Kreditzinsen": the shortest link wording that leads to another story.</summary>
    private const int MinLinkLetters = 4;

    /// <summary>
    /// Adds to <paramref name="cards"/> the children of <paramref name="parent"/> that form a teaser grid
    /// (3+ block siblings sharing tag and first class, nearly all of them, all but one in four, short and linked),
    /// and those that are a titled link box.
    /// </summary>
    public static void Collect(IElement parent, ref HashSet<IElement>? cards)
    {
        var children = parent.Children;
        foreach (var child in children)
        {
            if (TitledLinkBox.Is(child))
            {
                cards ??= [];
                cards.Add(child);
            }
        }

        if (children.Length < MinCards)
        {
            return;
        }

        for (var i = 0; i < children.Length; i++)
        {
            var first = children[i];
            if (!IsCardTag(first.LocalName) || cards?.Contains(first) == true || HtmlContentScorer.FirstClass(first).IsEmpty || HasSameBefore(children, i))
            {
                continue;
            }

            int same = 0, linked = 0;
            for (var j = i; j < children.Length; j++)
            {
                if (SameKind(first, children[j]))
                {
                    same++;
                    linked += IsCard(children[j]) ? 1 : 0;
                }
            }

            if (same >= MinCards && linked * 4 >= same * 3)
            {
                cards ??= [];
                for (var j = i; j < children.Length; j++)
                {
                    if (SameKind(first, children[j]))
                    {
                        cards.Add(children[j]);
                    }
                }
            }
        }
    }

    private static bool HasSameBefore(IHtmlCollection<IElement> children, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (SameKind(children[j], children[index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when nothing but blanks and block elements stand between the link and its line's edge.</summary>
    private static bool IsLineEdge(INode? node, bool forward)
    {
        for (; node is not null; node = forward ? node.NextSibling : node.PreviousSibling)
        {
            if (node is IText text && text.Data.AsSpan().IsWhiteSpace() || node is IComment)
            {
                continue;
            }

            return node is IElement e && (e.LocalName == "br" || IsBlockTag(e.LocalName));
        }

        return true;
    }

    private static bool IsBlockTag(string name) => name is "p" or "div" or "section" or "article" or "header" or "ul" or "ol" or "li"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure" or "picture" or "img" or "table" or "blockquote" or "time";

    private static bool IsWorded(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= MinLinkLetters;
    }

    private static bool IsCardTag(string name) => name is "div" or "article" or "section" or "li";

    private static bool SameKind(IElement a, IElement b) => a.LocalName == b.LocalName && HtmlContentScorer.FirstClass(a).SequenceEqual(HtmlContentScorer.FirstClass(b));

    /// <summary>
    /// A short block with a worded link to another page standing on its own line (a title, "weiter lesen"): a
    /// photo's link or a comment count under each section of a picture story is no teaser, nor a link inside the
    /// running text of paragraphs written as divs.
    /// </summary>
    private static bool IsCard(IElement e)
    {
        if (HtmlContentScorer.CountNonSpace(e.TextContent) > MaxCardText)
        {
            return false;
        }

        foreach (var link in e.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href").AsSpan().Trim();
            if (!href.IsEmpty && href[0] != '#' && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && IsWorded(link.TextContent)
                && IsLineEdge(link.PreviousSibling, forward: false) && IsLineEdge(link.NextSibling, forward: true))
            {
                return true;
            }
        }

        return false;
    }
}

