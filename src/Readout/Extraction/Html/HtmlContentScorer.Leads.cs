using AngleSharp.Dom;

namespace Readout.Extraction.Html;

// The article's lead and standfirst: text the body's container left out but the story begins with.
public static partial class HtmlContentScorer
{
    /// <summary>Items a bullet-point standfirst has: a pair at least, a handful at most (longer lists are the article's own).</summary>
    private const int MinSummaryItems = 2;

    private const int MaxSummaryItems = 5;

    /// <summary>Non-space characters of a bullet point written without a full stop: a clause, not a label or a link title.</summary>
    private const int MinSummaryPoint = 30;

    /// <summary>
    /// The standfirst set straight above the body (the nearest sibling with text): a paragraph, a div holding
    /// one, or a subheadline, too short for a lead paragraph but written as a sentence and not as links.
    /// </summary>
    private static IElement? StandfirstAbove(IElement first, Dictionary<IElement, TextStats> stats)
    {
        var e = first.PreviousElementSibling;
        while (e is not null && Measured(stats, e).Text == 0)
        {
            e = e.PreviousElementSibling;
        }

        if (e is null || e.LocalName is not ("p" or "div" or "section" or "h2" or "h3") || IsFurniture(e))
        {
            return null;
        }

        // A classed div around one paragraph is that paragraph; anything with more blocks is a section, not a standfirst.
        var block = e.LocalName is "div" or "section" && e.Children.Length == 1 && e.Children[0].LocalName == "p" ? e.Children[0] : e;
        if (HasBlockChild(block))
        {
            return null;
        }

        var m = Measured(stats, e);
        return m.Text >= StandfirstLength && m.Links * 10 < m.Text && EndsSentence(e.TextContent.AsSpan().TrimEnd()) ? e : null;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text) => !text.IsEmpty && text[^1] is '.' or '!' or '?' or '…' or '"' or '“' or '”' or '»' or '«';

    /// <summary>
    /// The standfirst between the headline (the h1 that is the page title) and the body, wherever the page's
    /// markup put it: a deck in the headline's hero block, a subheadline or intro div outside the body's column.
    /// </summary>
    private static List<IElement> LeadsUnderHeadline(IElement root, IElement first, string title, Dictionary<IElement, TextStats> stats)
    {
        var leads = new List<IElement>();
        IElement? headline = null;
        foreach (var h1 in root.QuerySelectorAll("h1"))
        {
            if (first.Contains(h1) || !h1.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following))
            {
                break;
            }

            headline = IsTitle(h1.TextContent, title) ? h1 : null;
        }

        if (headline is null)
        {
            return leads;
        }

        var common = first.ParentElement;
        while (common is not null && !common.Contains(headline))
        {
            common = common.ParentElement;
        }

        if (common is not null)
        {
            var walk = new LeadWalk(headline, first, stats, leads);
            walk.Visit(common);
        }

        return leads;
    }

    /// <summary>True when the h1's text is the page title (or the title's part before the site name).</summary>
    private static bool IsTitle(string headline, string title)
    {
        var h = headline.AsSpan().Trim();
        if (h.Length < MinTitledHeadline)
        {
            return false;
        }

        if (title.AsSpan().Contains(h, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var cut = title.AsSpan();
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: "])
        {
            var at = cut.IndexOf(separator, StringComparison.Ordinal);
            cut = at > 0 ? cut[..at] : cut;
        }

        return cut.Trim().Length >= MinTitledHeadline && h.Contains(cut.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Walks the elements between the headline and the body in document order, collecting long plain blocks.</summary>
    private sealed class LeadWalk(IElement headline, IElement first, Dictionary<IElement, TextStats> stats, List<IElement> leads)
    {
        /// <summary>Elements looked at before giving up: the lead sits close to the headline.</summary>
        private int budget = 200;
        private bool started;
        private bool done;

        public void Visit(IElement node)
        {
            var children = node.Children;
            for (var i = 0; i < children.Length && !done && budget-- > 0; i++)
            {
                var c = children[i];
                if (c == headline)
                {
                    started = true;
                }
                else if (c == first)
                {
                    done = true;
                }
                else if (c.Contains(headline) || c.Contains(first))
                {
                    Visit(c);
                }
                else if (started && !IsFurniture(c))
                {
                    if (IsLead(c))
                    {
                        leads.Add(c);
                    }
                    else if (c.LocalName is not ("ul" or "ol" or "li" or "table" or "a"))
                    {
                        Visit(c);
                    }
                }
            }
        }

        private bool IsLead(IElement e)
        {
            if (e.LocalName is not ("p" or "div" or "blockquote" or "section") || HasBlockChild(e))
            {
                return false;
            }

            var m = Measured(stats, e);
            return m.Text > LeadLength && LinkDensity(stats, e) < 0.25;
        }
    }

    /// <summary>Pictures with their captions and credits, author boxes and meta lines: beside the headline, never the lead.</summary>
    private static bool IsFurniture(IElement e) => e.GetAttribute("class") is { } cls && FurnitureRegex().IsMatch(cls);

    /// <summary>
    /// The standfirst of the article the winner sits in: long, plain paragraphs above the body inside the
    /// same <c>article</c> or <c>main</c> element (a lead in the article's header), too short to widen the winner to.
    /// </summary>
    private static List<IElement> LeadsBefore(IElement first, Dictionary<IElement, TextStats> stats)
    {
        var leads = new List<IElement>();
        var container = first.ParentElement;
        for (var level = 0; level < MaxWidening && container is not null && !IsArticleContainer(container); level++)
        {
            container = container.ParentElement;
        }

        if (container is null || !IsArticleContainer(container))
        {
            return leads;
        }

        foreach (var p in container.QuerySelectorAll("p, ul"))
        {
            // Only paragraphs before the body: the rest of the article is already scored.
            if (!p.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following) || first.Contains(p))
            {
                break;
            }

            if (leads.Count > 0 && leads[^1].Contains(p))
            {
                continue;
            }

            if (p.LocalName == "ul" ? IsSummaryList(p, stats) : Measured(stats, p).Text > LeadLength && LinkDensity(stats, p) < 0.25)
            {
                leads.Add(p);
            }
        }

        return leads;
    }

    /// <summary>
    /// A standfirst written as bullet points ("the story in brief"): 2–5 items, every one a sentence or a long clause, together
    /// as long as a lead and without links, so not a table of contents, a tag list or a menu.
    /// </summary>
    private static bool IsSummaryList(IElement list, Dictionary<IElement, TextStats> stats)
    {
        var items = list.Children;
        if (items.Length is < MinSummaryItems or > MaxSummaryItems || IsFurniture(list))
        {
            return false;
        }

        foreach (var item in items)
        {
            if (item.LocalName != "li" || HasBlockChild(item)
                || !EndsSentence(item.TextContent.AsSpan().TrimEnd()) && Measured(stats, item).Text < MinSummaryPoint)
            {
                return false;
            }
        }

        var m = Measured(stats, list);
        return m.Text > LeadLength && m.Links == 0;
    }
}
