using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>
/// Finds the element that holds the article by block scoring: every paragraph-like block gives
/// points (length, commas) to its ancestors, weighted by class hints and discounted by link density.
/// </summary>
public static partial class HtmlContentScorer
{
    /// <summary>Blocks shorter than this are captions, buttons and labels, not paragraphs.</summary>
    private const int MinParagraphLength = 25;

    /// <summary>Siblings scoring this fraction of the winner join it (articles split across sibling divs).</summary>
    private const double SiblingShare = 0.2;

    /// <summary>Non-space characters a paragraph above the body needs to count as the article's lead, not a label.</summary>
    private const int LeadLength = 80;

    /// <summary>How many levels above the winner are tried as one of a run of same-class sections.</summary>
    private const int MaxSectionClimb = 5;

    /// <summary>Sibling sections of one class it takes to read them as one article, not a one-off pair.</summary>
    private const int MinSections = 3;

    /// <summary>Paragraph characters a same-class section needs to join: a section of text, not a teaser or a label.</summary>
    private const int MinSectionText = 100;

    /// <summary>Non-space characters of a standfirst straight above the body: a sentence, not a label or date line.</summary>
    private const int StandfirstLength = 40;

    /// <summary>Non-link characters an element needs before an article-like class name counts for it.</summary>
    private const int MinHintedText = 80;

    /// <summary>Characters an h1 needs to be matched against the page title (not "News" or "Home").</summary>
    private const int MinTitledHeadline = 15;

    /// <summary>Paragraph characters the titled story needs to replace the winner: a body, not a headline block.</summary>
    private const int MinTitledStory = 200;

    /// <summary>How many top-scoring candidates get the (costly) link-density correction.</summary>
    private const int TopCandidates = 5;

    /// <summary>
    /// Chrome (headings, bylines, short labels, link text) a wider container may add for free before its
    /// added paragraph text must outweigh it: a headline and a date line between split sections.
    /// </summary>
    private const int FreeChrome = 60;

    /// <summary>Chrome a wider container may add per character of added paragraph text.</summary>
    private const double ChromePerGood = 0.5;

    /// <summary>
    /// A wider container is taken only when it adds this share of the winner's paragraph text: a whole
    /// missing half of the article, not a standfirst or caption above a complete body.
    /// </summary>
    private const double MinGain = 0.1;

    /// <summary>How many levels above the winner are tried when widening it to the whole article.</summary>
    private const int MaxWidening = 8;

    /// <summary>
    /// Text measures of one element's subtree: non-space characters, those inside links, commas, and
    /// "good" characters (the non-link text of paragraph-like blocks that are long and mostly not links),
    /// and h1 headlines (two of them mean two stories: a feed or "next article" below the first).
    /// </summary>
    private readonly record struct TextStats(int Text, int Links, int Commas, int Good, int Headlines);

    /// <summary>
    /// A paragraph-like block in document order: a leaf element, or the loose text (text nodes and inline
    /// elements) of an element that also holds blocks, measured on that loose text alone.
    /// </summary>
    private readonly record struct Block(IElement? Element, TextStats Stats, bool Loose);

    /// <summary>Returns the winning element and the siblings that belong with it, in document order.</summary>
    /// <param name="title">The page title: on a page of several stories, the one headed by it is the page's own.</param>
    public static IReadOnlyList<IElement> FindMain(IElement root, string? title = null)
    {
        // One bottom-up pass measures every element; scoring then never re-reads a subtree's text.
        var stats = new Dictionary<IElement, TextStats>(ReferenceEqualityComparer.Instance);
        var blocks = new List<Block>();
        Measure(root, stats, blocks, inLink: false);

        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (block, measured, loose) in blocks)
        {
            if (block is null)
            {
                continue;
            }

            var length = measured.Text;
            if (length < MinParagraphLength || measured.Links * 2 > length)
            {
                // Short labels and link text (teasers wrapped whole in a link) are not article paragraphs.
                continue;
            }

            var points = 1 + measured.Commas + Math.Min(length / 100, 3) + (block.LocalName == "p" ? 1 : 0);
            // Loose text (lines between <br>s beside headings and divs) is a paragraph whose parent is the element itself.
            var ancestor = loose ? block : block.ParentElement;
            for (var level = 0; ancestor is not null && level < 3; level++, ancestor = ancestor.ParentElement)
            {
                scores.TryGetValue(ancestor, out var s);
                if (s == 0)
                {
                    s = 25 * HintWeight(ancestor, stats) + (ancestor.LocalName is "article" or "main" ? 10 : 0);
                }

                scores[ancestor] = s + points / (level == 0 ? 1.0 : level * 2.0);
            }
        }

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, score) in TopByScore(scores, TopCandidates))
        {
            var final = score * (1 - LinkDensity(stats, element));
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

        if (title is not null && stats[root].Headlines > 1 && TitledStory(root, title) is { } story && !story.Contains(best) && !best.Contains(story)
            && stats[story].Good >= MinTitledStory)
        {
            // An infinite-scroll page: the longest story below is not the one the page is about (but a
            // headline's own small article element, with the body outside it, is not a story).
            return FindMain(story);
        }

        best = Widen(best, stats);

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
                || scores.TryGetValue(sibling, out var s) && s * (1 - LinkDensity(stats, sibling)) >= threshold
                || sibling.LocalName == "p" && Measured(stats, sibling).Text > 80 && LinkDensity(stats, sibling) < 0.25)
            {
                chosen.Add(sibling);
            }
        }

        if (ThreadPosts(blocks, stats, best) is { } posts)
        {
            chosen = posts;
        }
        else if (chosen.Count == 1 && RepeatedSections(chosen[0], stats) is { } sections)
        {
            chosen = sections;
        }

        var leads = LeadsBefore(chosen[0], stats);
        if (StandfirstAbove(chosen[0], stats) is { } standfirst && !leads.Any(l => l == standfirst || l.Contains(standfirst) || standfirst.Contains(l)))
        {
            leads.Add(standfirst);
        }
        if (title is not null && stats[root].Headlines > 0)
        {
            foreach (var lead in LeadsUnderHeadline(root, chosen[0], title, stats))
            {
                if (!leads.Any(l => l == lead || l.Contains(lead) || lead.Contains(l)))
                {
                    leads.Add(lead);
                }
            }

            leads.Sort((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        }

        chosen.InsertRange(0, leads);
        return chosen;
    }

    /// <summary>
    /// An article written as sibling blocks of one class (the sections of a guide, entries of a FAQ, posts), the
    /// winner being one of them: all of them with paragraph text, when they are at least half of that class's blocks.
    /// </summary>
    private static List<IElement>? RepeatedSections(IElement best, Dictionary<IElement, TextStats> stats)
    {
        var e = best;
        for (var level = 0; level < MaxSectionClimb && e.ParentElement is { } parent && e.LocalName is not ("body" or "html"); level++, e = parent)
        {
            var key = FirstClass(e);
            if (key.IsEmpty)
            {
                continue;
            }

            var same = 0;
            var sections = new List<IElement>();
            foreach (var sibling in parent.Children)
            {
                if (sibling.LocalName != e.LocalName || !FirstClass(sibling).SequenceEqual(key))
                {
                    continue;
                }

                same++;
                if (Measured(stats, sibling).Good >= MinSectionText && LinkDensity(stats, sibling) < 0.3)
                {
                    sections.Add(sibling);
                }
            }

            if (sections.Count >= MinSections && sections.Count * 2 >= same)
            {
                return sections;
            }
        }

        return null;
    }

    /// <summary>The element's first class token: with its tag, what marks siblings of one kind (sections, posts, cards).</summary>
    internal static ReadOnlySpan<char> FirstClass(IElement e)
    {
        var cls = e.GetAttribute("class").AsSpan().Trim();
        var space = cls.IndexOfAny(' ', '\t', '\n');
        return space < 0 ? cls : cls[..space];
    }

    /// <summary>
    /// Climbs from the winner to the widest ancestor whose extra text is mostly paragraphs: articles
    /// split into several containers (a lead outside the body div, sections, page-builder columns)
    /// are taken whole, while a climb into menus, teaser lists or page furniture stops.
    /// </summary>
    private static IElement Widen(IElement best, Dictionary<IElement, TextStats> stats)
    {
        var start = stats[best];
        var chosen = best;
        var ancestor = best.ParentElement;
        for (var level = 0; level < MaxWidening && ancestor is not null && ancestor.LocalName is not ("body" or "html"); level++, ancestor = ancestor.ParentElement)
        {
            if (!stats.TryGetValue(ancestor, out var wider))
            {
                break;
            }

            if (wider.Headlines > Math.Max(1, start.Headlines))
            {
                break;
            }

            var addedGood = wider.Good - start.Good;
            var addedChrome = wider.Text - wider.Good - (start.Text - start.Good);
            if (addedChrome > FreeChrome + addedGood * ChromePerGood)
            {
                break;
            }

            if (addedGood > 0 && addedGood >= MinGain * start.Good)
            {
                chosen = ancestor;
            }
        }

        return chosen;
    }

    /// <summary>
    /// The class-name weight, where an article-like name counts only on an element holding some text of its
    /// own: an "articleMeta" date line or a "text-right" label must not outscore the paragraphs beside it.
    /// </summary>
    private static int HintWeight(IElement e, Dictionary<IElement, TextStats> stats)
    {
        var weight = BoilerplateHints.Weight(e);
        return weight > 0 && Measured(stats, e) is var m && m.Text - m.Links < MinHintedText ? 0 : weight;
    }

    /// <summary>The <c>article</c> element whose h1 is the page title, when the page has one.</summary>
    private static IElement? TitledStory(IElement root, string title)
    {
        foreach (var h1 in root.QuerySelectorAll("h1"))
        {
            var headline = h1.TextContent.AsSpan().Trim();
            if (headline.Length >= MinTitledHeadline && title.AsSpan().Contains(headline, StringComparison.OrdinalIgnoreCase))
            {
                return h1.Closest("article");
            }
        }

        return null;
    }

    private static bool IsArticleContainer(IElement e) => e.LocalName is "article" or "main";

    /// <summary>Share of the element's text that sits inside links: menus and link lists are mostly links.</summary>
    public static double LinkDensity(IElement e)
    {
        var stats = new Dictionary<IElement, TextStats>(ReferenceEqualityComparer.Instance);
        return LinkDensity(stats, e);
    }

    private static double LinkDensity(Dictionary<IElement, TextStats> stats, IElement e)
    {
        var measured = Measured(stats, e);
        return measured.Text == 0 ? 0 : Math.Min(1.0, (double)measured.Links / measured.Text);
    }

    /// <summary>Stats of an element measured in the pass, or measured now (siblings outside the scored root).</summary>
    private static TextStats Measured(Dictionary<IElement, TextStats> stats, IElement e)
    {
        if (!stats.TryGetValue(e, out var measured))
        {
            measured = Measure(e, stats, null, inLink: false);
        }

        return measured;
    }

    /// <summary>Measures <paramref name="e"/> and every element under it; collects paragraph-like blocks in document order.</summary>
    private static TextStats Measure(IElement e, Dictionary<IElement, TextStats> stats, List<Block>? blocks, bool inLink)
    {
        var isBlock = e.LocalName is "p" or "pre" or "td" or "blockquote" or "div" or "section" or "li"
            && !(e.LocalName is "div" or "section" or "li" or "td" && HasBlockChild(e));

        // A slot kept in document order (before the blocks inside), filled once the element is measured; empty slots are skipped.
        var slot = -1;
        if (blocks is not null && (isBlock || HoldsLooseText(e.LocalName)))
        {
            slot = blocks.Count;
            blocks.Add(default);
        }

        inLink |= e.LocalName == "a";
        int text = 0, links = 0, commas = 0, good = 0, headlines = e.LocalName == "h1" ? 1 : 0;
        int looseText = 0, looseLinks = 0, looseCommas = 0;
        // By index: AngleSharp finds a node's NextSibling by searching its parent's children (quadratic on wide nodes).
        var children = e.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText t)
            {
                foreach (var c in t.Data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        text++;
                        looseText++;
                        var comma = c == ',' ? 1 : 0;
                        commas += comma;
                        looseCommas += comma;
                    }
                }
            }
            else if (node is IElement child)
            {
                var inner = Measure(child, stats, blocks, inLink);
                text += inner.Text;
                links += inner.Links;
                commas += inner.Commas;
                good += inner.Good;
                headlines += inner.Headlines;
                if (IsInline(child.LocalName) && inner.Good == 0)
                {
                    // (A span wrapping whole paragraphs is a container, not a run of text.)
                    looseText += inner.Text;
                    looseLinks += inner.Links;
                    looseCommas += inner.Commas;
                }
            }
        }

        links = inLink ? text : links;
        looseLinks = inLink ? looseText : looseLinks;
        if (isBlock)
        {
            good = text >= MinParagraphLength && links * 2 < text ? text - links : 0;
            if (slot >= 0)
            {
                blocks![slot] = new Block(e, new TextStats(text, links, commas, good, headlines), Loose: false);
            }
        }
        else if (slot >= 0 && looseText >= MinParagraphLength && looseLinks * 2 < looseText)
        {
            // Lines of text straight in a container beside its headings and divs (a post written with <br>s).
            good += looseText - looseLinks;
            blocks![slot] = new Block(e, new TextStats(looseText, looseLinks, looseCommas, looseText - looseLinks, 0), Loose: true);
        }

        var result = new TextStats(text, links, commas, good, headlines);
        stats[e] = result;
        return result;
    }

    /// <summary>Containers whose own text between child blocks is read as a paragraph.</summary>
    private static bool HoldsLooseText(string name) => name is "div" or "section" or "article" or "main" or "td" or "li" or "blockquote" or "body" or "center" or "font";

    /// <summary>Inline elements: their text belongs to the paragraph of the text around them.</summary>
    private static bool IsInline(string name) => name is "a" or "span" or "strong" or "b" or "em" or "i" or "u" or "font" or "small" or "big"
        or "sub" or "sup" or "abbr" or "cite" or "q" or "mark" or "code" or "time" or "label" or "s" or "del" or "ins" or "tt" or "var" or "kbd" or "acronym" or "bdi" or "bdo" or "data";

    /// <summary>The <paramref name="k"/> highest scores, highest first; ties keep insertion order (as a stable sort would).</summary>
    private static List<KeyValuePair<IElement, double>> TopByScore(Dictionary<IElement, double> scores, int k)
    {
        var top = new List<KeyValuePair<IElement, double>>(k + 1);
        foreach (var kv in scores)
        {
            var i = top.Count;
            while (i > 0 && top[i - 1].Value < kv.Value)
            {
                i--;
            }

            if (i < k)
            {
                top.Insert(i, kv);
                if (top.Count > k)
                {
                    top.RemoveAt(k);
                }
            }
        }

        return top;
    }

    private static bool HasBlockChild(IElement e)
    {
        var children = e.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && child.LocalName is "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "form")
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

    [GeneratedRegex(@"caption|image|img|photo|picture|gallery|slide|video|credit|author|byline|meta", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureRegex();
}
