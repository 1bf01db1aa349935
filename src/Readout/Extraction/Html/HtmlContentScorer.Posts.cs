using AngleSharp.Dom;

namespace Readout.Extraction.Html;

// Threads: a forum topic, a Q&A page or a live ticker is many sibling posts, each nested deep in its own
// furniture (user cell, toolbar), so the scoring climb (3 levels) never joins them; one post or a list of
// links beside them wins instead.
public static partial class HtmlContentScorer
{
    /// <summary>How many levels above a paragraph are tried as one post of a thread (posts sit 6–8 deep).</summary>
    private const int MaxPostDepth = 10;

    /// <summary>Sibling items of one tag and first class it takes to read them as a thread of posts.</summary>
    private const int MinPosts = 3;

    /// <summary>How much more paragraph text than the winner a thread must hold to replace it.</summary>
    private const double PostRunGain = 1.25;

    /// <summary>Paragraph characters of a winner outside the thread that make it an article with comments, not a side list.</summary>
    private const int MinArticleBesideThread = 1000;

    /// <summary>One run of same-class siblings: its items holding paragraph text, in document order, and that text.</summary>
    private sealed class PostRun
    {
        public List<IElement> Items { get; } = [];

        public int Good { get; set; }
    }

    /// <summary>
    /// The posts of a thread, when the page is one: 3+ sibling items of one tag and first class, each holding
    /// paragraph text, at least half of that class's items, together mostly not links and holding clearly more
    /// paragraph text than the winner. Each post is given as its text part (below the user cell and toolbar).
    /// </summary>
    private static List<IElement>? ThreadPosts(List<Block> blocks, Dictionary<IElement, TextStats> stats, IElement winner)
    {
        var counts = new Dictionary<IElement, Dictionary<string, int>>(ReferenceEqualityComparer.Instance);
        var keys = new Dictionary<IElement, string?>(ReferenceEqualityComparer.Instance);
        var runs = new Dictionary<(IElement Parent, string Key), PostRun>();
        foreach (var (block, measured, loose) in blocks)
        {
            if (block is null || measured.Good == 0 || measured.Text < MinParagraphLength || measured.Links * 2 > measured.Text)
            {
                continue;
            }

            var item = loose ? block : block.ParentElement;
            for (var level = 0; level < MaxPostDepth && item?.ParentElement is { } parent && item.LocalName is not ("body" or "html"); level++, item = parent)
            {
                if (KeyOf(keys, item) is not { } key || CountOf(counts, parent, key) < MinPosts)
                {
                    continue;
                }

                if (!runs.TryGetValue((parent, key), out var run))
                {
                    run = new PostRun();
                    runs[(parent, key)] = run;
                }

                run.Good += measured.Good;
                if (run.Items.Count == 0 || run.Items[^1] != item)
                {
                    run.Items.Add(item);
                }
            }
        }

        PostRun? best = null;
        foreach (var ((parent, key), run) in runs)
        {
            // (A run inside the winner is already taken whole: a list of quotes under an intro.)
            if (run.Items.Count >= MinPosts && run.Items.Count * 2 >= CountOf(counts, parent, key) && !winner.Contains(parent)
                && (best is null || run.Good > best.Good))
            {
                best = run;
            }
        }

        if (best is null || best.Good < PostRunGain * stats[winner].Good
            || stats[winner].Good >= MinArticleBesideThread && !best.Items.Exists(item => item.Contains(winner)))
        {
            // A real article beside a thread is the page's content and the thread its comments.
            return null;
        }

        int text = 0, links = 0, headlines = 0;
        foreach (var item in best.Items)
        {
            var m = stats[item];
            text += m.Text;
            links += m.Links;
            headlines += m.Headlines > 0 ? 1 : 0;
        }

        // Items with headlines of their own are stories of a feed (infinite scroll), not posts under one title.
        return links * 10 > text * 3 || headlines > 1 ? null : best.Items.ConvertAll(item => TextPart(item, stats));
    }

    /// <summary>The item's tag and first class, or null for an unclassed item (plain rows and cells are layout, not posts).</summary>
    private static string? ItemKey(IElement e)
    {
        var first = FirstClass(e);
        return first.IsEmpty ? null : string.Concat(e.LocalName, " ", first);
    }

    /// <summary>The item key, built once per element (a paragraph's ancestors are shared with its neighbours').</summary>
    private static string? KeyOf(Dictionary<IElement, string?> keys, IElement e)
    {
        if (!keys.TryGetValue(e, out var key))
        {
            key = ItemKey(e);
            keys[e] = key;
        }

        return key;
    }

    /// <summary>How many children of <paramref name="parent"/> share <paramref name="key"/>, counted once per parent.</summary>
    private static int CountOf(Dictionary<IElement, Dictionary<string, int>> counts, IElement parent, string key)
    {
        if (!counts.TryGetValue(parent, out var byKey))
        {
            byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var child in parent.Children)
            {
                if (ItemKey(child) is { } k)
                {
                    byKey[k] = byKey.GetValueOrDefault(k) + 1;
                }
            }

            counts[parent] = byKey;
        }

        return byKey.GetValueOrDefault(key);
    }

    /// <summary>The deepest element holding all of the item's paragraph text: the post's message, not its user cell.</summary>
    private static IElement TextPart(IElement item, Dictionary<IElement, TextStats> stats)
    {
        var e = item;
        var good = stats[item].Good;
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var child in e.Children)
            {
                if (stats.TryGetValue(child, out var m) && m.Good == good)
                {
                    e = child;
                    moved = true;
                    break;
                }
            }
        }

        return e;
    }
}
