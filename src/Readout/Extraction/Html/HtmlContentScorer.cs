using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>
/// Finds the element that holds the article by block scoring: every paragraph-like block gives
/// points (length, commas) to its ancestors, weighted by class hints and discounted by link density.
/// </summary>
public static class HtmlContentScorer
{
    /// <summary>Blocks shorter than this are captions, buttons and labels, not paragraphs.</summary>
    private const int MinParagraphLength = 25;

    /// <summary>Siblings scoring this fraction of the winner join it (articles split across sibling divs).</summary>
    private const double SiblingShare = 0.2;

    /// <summary>How many top-scoring candidates get the (costly) link-density correction.</summary>
    private const int TopCandidates = 5;

    /// <summary>Returns the winning element and the siblings that belong with it, in document order.</summary>
    public static IReadOnlyList<IElement> FindMain(IElement root)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in root.QuerySelectorAll("p, pre, td, blockquote, div, section, li"))
        {
            if (block.LocalName is "div" or "section" or "li" or "td" && HasBlockChild(block))
            {
                continue;
            }

            var text = block.TextContent;
            var length = CountNonSpace(text);
            if (length < MinParagraphLength)
            {
                continue;
            }

            var points = 1 + Count(text, ',') + Math.Min(length / 100, 3) + (block.LocalName == "p" ? 1 : 0);
            var ancestor = block.ParentElement;
            for (var level = 0; ancestor is not null && level < 3; level++, ancestor = ancestor.ParentElement)
            {
                scores.TryGetValue(ancestor, out var s);
                if (s == 0)
                {
                    s = 25 * BoilerplateHints.Weight(ancestor) + (ancestor.LocalName is "article" or "main" ? 10 : 0);
                }

                scores[ancestor] = s + points / (level == 0 ? 1.0 : level * 2.0);
            }
        }

        IElement? best = null;
        var bestScore = double.MinValue;
        // Link density walks the subtree, so only the strongest raw candidates pay for it.
        foreach (var (element, score) in scores.OrderByDescending(kv => kv.Value).Take(TopCandidates))
        {
            var final = score * (1 - LinkDensity(element));
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }

        if (best is null)
        {
            return [];
        }

        var parent = best.ParentElement;
        if (parent is null || bestScore <= 0)
        {
            return [best];
        }

        var threshold = Math.Max(10, bestScore * SiblingShare);
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == best
                || scores.TryGetValue(sibling, out var s) && s * (1 - LinkDensity(sibling)) >= threshold
                || sibling.LocalName == "p" && CountNonSpace(sibling.TextContent) > 80 && LinkDensity(sibling) < 0.25)
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    /// <summary>Share of the element's text that sits inside links: menus and link lists are mostly links.</summary>
    public static double LinkDensity(IElement e)
    {
        var total = CountNonSpace(e.TextContent);
        if (total == 0)
        {
            return 0;
        }

        var links = 0;
        foreach (var a in e.QuerySelectorAll("a"))
        {
            links += CountNonSpace(a.TextContent);
        }

        return Math.Min(1.0, (double)links / total);
    }

    private static bool HasBlockChild(IElement e)
    {
        foreach (var child in e.Children)
        {
            if (child.LocalName is "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "form")
            {
                return true;
            }
        }

        return false;
    }

    internal static int CountNonSpace(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return n;
    }

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var x in text)
        {
            n += x == c ? 1 : 0;
        }

        return n;
    }
}
