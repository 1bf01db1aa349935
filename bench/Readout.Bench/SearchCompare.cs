using System.Diagnostics;
using System.Globalization;
using Readout.Storage;

namespace Readout.Bench;

/// <summary>
/// Issue 5's "Lucene.NET or SQLite FTS5 — measure both": the same stored documents and the same queries as
/// bench/server-load.sh through both engines, one query at a time on one thread. Each engine produces the
/// document half of a search page: top 20 ranked, total, outlet facet, highlighted snippets for the 20.
/// </summary>
internal static class SearchCompare
{
    /// <summary>The queries of bench/server-load.sh.</summary>
    private static readonly string[] Queries =
    [
        "valkov", "larcombe", "reinholt", "treaty", "minister", "foreign minister", "talks", "arms control", "embassy", "strait",
        "election", "president", "government", "police", "court", "economy", "prime minister", "meeting", "statement", "agreement",
        "visit", "security", "nuclear", "trade", "summit", "sanctions", "ceasefire",
    ];

    public static void Run(string database, int passes)
    {
        using var store = SqliteStore.OpenPooled(database);
        var index = store.DocumentIndex ?? throw new InvalidOperationException("the Lucene index is held by another process");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var before = index.IndexedThrough;
        index.CatchUp();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lucene: documents {before + 1}–{index.IndexedThrough} indexed in {clock.Elapsed.TotalSeconds:0.0} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU; index {FolderSize(LuceneDocumentIndex.FolderOf(database)) / 1048576.0:0.0} MB"));

        SearchResults Fts(string q)
        {
            store.DocumentIndex = null;
            var results = store.Search(new SearchQuery(q));
            store.DocumentIndex = index;
            return results;
        }

        var engines = new (string Name, Func<string, int> Search)[]
        {
            ("fts5: store.Search (documents + events), bounded bm25, facet over best 500", q => Fts(q).Documents.Total),
            ("lucene: store.Search (documents + events), bm25 and facet over all", q => store.Search(new SearchQuery(q)).Documents.Total),
            ("  fts5 documents part alone", q => store.SearchDocuments(SqliteStore.ToFtsQuery(q)!, new SearchQuery(q)).Page.Total),
            ("  lucene documents part alone (ranking, facet, summaries, snippets)", q => store.SearchDocumentsIndexed(index, new SearchQuery(q)).Page.Total),
            ("  lucene ranking, total and facet alone", q => index.Search(SearchTerm.Parse(q), SearchWindow.Documents).Total),
        };
        foreach (var (name, search) in engines)
        {
            Measure(name, search, passes);
        }

        Overlap(store, Fts);
    }

    private static void Measure(string name, Func<string, int> search, int passes)
    {
        foreach (var q in Queries)
        {
            search(q); // warm-up: JIT, page cache
        }

        var times = new List<double>();
        var perQuery = new Dictionary<string, double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var q in Queries)
            {
                var start = Stopwatch.GetTimestamp();
                search(q);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                times.Add(ms);
                perQuery[q] = perQuery.GetValueOrDefault(q) + (ms / passes);
            }
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {times.Count} searches; CPU {cpuMs:0.00} ms/search; wall p50 {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms, max {times[^1]:0.00} ms"));
        Console.WriteLine("    " + string.Join(", ", perQuery.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.0}"))));
    }

    /// <summary>How much the two engines' top 20 agree (share of FTS5's top 20 also in Lucene's), and their totals.</summary>
    private static void Overlap(SqliteStore store, Func<string, SearchResults> fts)
    {
        var shares = new List<string>();
        foreach (var q in Queries)
        {
            var old = fts(q).Documents;
            var now = store.Search(new SearchQuery(q)).Documents;
            var ids = now.Items.Select(h => h.Document.Id).ToHashSet();
            shares.Add($"{q} {old.Items.Count(h => ids.Contains(h.Document.Id))}/{old.Items.Count} (totals {old.Total}/{now.Total})");
        }

        Console.WriteLine("top-20 overlap, fts5 in lucene: " + string.Join("; ", shares));
    }

    private static long FolderSize(string folder) => new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
}
