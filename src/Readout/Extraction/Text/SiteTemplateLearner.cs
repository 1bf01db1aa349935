namespace Readout.Extraction.Text;

/// <summary>
/// Learns site templates in memory, once a site has <see cref="MinPages"/> pages. A short line
/// that is not a sentence (menu item, footer link) is template when it recurs on half the site's
/// pages (two at least); a longer or sentence-like line only when it recurs on nearly all of them
/// (three at least) and stands in the top or bottom part of the text on nearly every page that has
/// it. One wire story printed on two pages of a site is therefore kept. Thread-safe: a run
/// observes a batch while the previous one is still being extracted. Memory stays small: lines are
/// kept as hashes, and a site's template is frozen after <see cref="MaxPages"/> pages.
/// </summary>
public sealed class SiteTemplateLearner : ISiteTemplates
{
    /// <summary>Fewer pages than this say nothing about what a site repeats.</summary>
    public const int MinPages = 3;

    /// <summary>After this many pages a site's template is settled: it is frozen and its counts are let go.</summary>
    public const int MaxPages = 40;

    /// <summary>A line this short (menu item, footer link) needs no position to count as chrome.</summary>
    private const int ShortLine = 60;

    /// <summary>The top and bottom share of a page's text where chrome stands.</summary>
    private const double EdgeShare = 0.3;

    /// <summary>A long or sentence-like line must recur on this share of the site's pages (and on three): a wire story printed twice does not.</summary>
    private const double LongShare = 0.8;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Site> _sites = new(StringComparer.Ordinal);

    public void Observe(string site, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        lock (_gate)
        {
            // A settled site learns nothing more: skip splitting and hashing its pages (most of a long run).
            if (_sites.TryGetValue(site, out var settled) && settled.Frozen)
            {
                return;
            }
        }

        var lines = TextLineClassifier.Split(content).Where(l => l.Kind is not (LineKind.Blank or LineKind.DateOnly)).ToList();
        var seen = new Dictionary<int, (bool AtEdge, bool Prose, bool Short)>();
        for (var i = 0; i < lines.Count; i++)
        {
            // Position by characters, not lines: a page's long paragraphs are its middle.
            var at = (double)lines[i].Span.Start / Math.Max(1, content.Length);
            var atEdge = at < EdgeShare || at > 1 - EdgeShare;
            var key = SiteTemplate.Hash(lines[i].Text);
            seen[key] = (seen.TryGetValue(key, out var before) ? before.AtEdge && atEdge : atEdge, lines[i].Kind == LineKind.Paragraph, lines[i].Text.Length <= ShortLine);
        }

        lock (_gate)
        {
            if (!_sites.TryGetValue(site, out var stats))
            {
                _sites[site] = stats = new Site();
            }

            if (stats.Frozen || !stats.Pages.Add(content.GetHashCode(StringComparison.Ordinal)))
            {
                return;
            }

            foreach (var (line, (atEdge, prose, isShort)) in seen)
            {
                var count = stats.Lines.TryGetValue(line, out var c) ? c : default;
                stats.Lines[line] = new LineCount(count.Pages + 1, count.AtEdge + (atEdge ? 1 : 0), prose, isShort);
            }

            stats.Snapshot = null;
            if (stats.Pages.Count >= MaxPages)
            {
                stats.Snapshot = Build(stats);
                stats.Frozen = true;
                stats.Lines.Clear();
                stats.Lines.TrimExcess();
            }
        }
    }

    public SiteTemplate For(string site)
    {
        lock (_gate)
        {
            if (!_sites.TryGetValue(site, out var stats) || stats.Pages.Count < MinPages)
            {
                return SiteTemplate.Empty;
            }

            return stats.Snapshot ??= Build(stats);
        }
    }

    private static SiteTemplate Build(Site stats)
    {
        var needed = Math.Max(2, (stats.Pages.Count + 1) / 2);
        var neededLong = Math.Max(MinPages, (int)Math.Ceiling(stats.Pages.Count * LongShare));
        var template = new HashSet<int>();
        foreach (var (line, count) in stats.Lines)
        {
            // Short non-prose lines are chrome wherever they stand; others must sit at an edge on
            // nearly every page that has them (one slip is forgiven).
            var atEdge = count.AtEdge >= count.Pages - 1 && count.AtEdge * 10 >= count.Pages * 8;
            if (count.Short && !count.Prose ? count.Pages >= needed : atEdge && count.Pages >= neededLong)
            {
                template.Add(line);
            }
        }

        return new SiteTemplate(template);
    }

    private readonly record struct LineCount(int Pages, int AtEdge, bool Prose, bool Short);

    private sealed class Site
    {
        public HashSet<int> Pages { get; } = [];

        public Dictionary<int, LineCount> Lines { get; } = [];

        public bool Frozen { get; set; }

        public SiteTemplate? Snapshot { get; set; }
    }
}
