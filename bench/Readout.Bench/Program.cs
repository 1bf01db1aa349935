using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Bench;

/// <summary>
/// End-to-end throughput: builds a corpus of N documents from the samples and the public sets, runs
/// <c>analyze</c> on it into a fresh embedded store, and prints documents/second and memory as it goes.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var docs = new Option<int>("--docs") { Description = "Documents in the corpus", DefaultValueFactory = _ => 100_000 };
        var html = new Option<double>("--html-share") { Description = "Share of HTML pages (the rest is news text)", DefaultValueFactory = _ => 0.05 };
        var data = new Option<string?>("--data") { Description = "Unpacked public sets (../shared/data/unpack DIR)", DefaultValueFactory = _ => "/tmp/readout-data" };
        var work = new Option<string>("--work") { Description = "Scratch folder for corpus and database", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "readout-bench") };
        var stages = new Option<int>("--stages") { Description = "Instead of the end-to-end run, time each stage on this many documents, one core" };
        var annotateRounds = new Option<int>("--annotate-rounds") { Description = "With --stages N: instead, annotate the first N news texts this many times over, in process CPU time" };
        var compare = new Option<int>("--compare") { Description = "Instead of the end-to-end run, time the comparison of one event with this many documents (issue 6: 10)" };
        var searchCompare = new Option<string?>("--search-compare") { Description = "Instead of the end-to-end run, time FTS5 and Lucene.NET searches over this store (the index is kept beside it)" };
        var passes = new Option<int>("--passes") { Description = "Passes over the queries per engine (--search-compare)", DefaultValueFactory = _ => 5 };
        var clusterScale = new Option<int>("--cluster-scale") { Description = "Instead of the end-to-end run, cluster this many synthetic dated reports (issue 4: 1000000)" };
        var windowDays = new Option<int>("--window-days") { Description = "Clustering window for --cluster-scale, in days of publication dates", DefaultValueFactory = _ => 30 };
        var fuzz = new Option<int>("--fuzz") { Description = "Instead of the end-to-end run, feed this many mutated inputs through the per-document path" };
        var fuzzSeed = new Option<int>("--fuzz-seed") { Description = "First seed of --fuzz (rounds of 1,000 mutants take the next seeds)", DefaultValueFactory = _ => 1 };
        var scaleBody = new Option<string?>("--scale-body") { Description = "Instead of the end-to-end run, time annotate and detect on one synthetic body per size (comma-separated characters, e.g. 10000,100000,1000000,4000000)" };
        var nearCopies = new Option<double>("--near-copy-share") { Description = "With --cluster-scale: share of later reports that re-publish the event's first report word for word", DefaultValueFactory = _ => 0.1 };
        var root = new RootCommand("Readout end-to-end throughput bench") { docs, html, data, work, stages, annotateRounds, compare, searchCompare, passes, clusterScale, windowDays, nearCopies, fuzz, fuzzSeed, scaleBody };
        root.SetAction(r => r.GetValue(scaleBody) is { } sizes
            ? ScaleBody(sizes)
            : r.GetValue(fuzz) is > 0 and var mutants
            ? Fuzz.Run(mutants, r.GetValue(fuzzSeed), r.GetValue(work)!)
            : r.GetValue(searchCompare) is { } db
            ? SearchCompareRun(db, r.GetValue(passes))
            : r.GetValue(clusterScale) is > 0 and var reports
            ? ClusterScale(reports, r.GetValue(data), r.GetValue(windowDays), r.GetValue(nearCopies))
            : r.GetValue(compare) is > 0 and var n
            ? Compare(n)
            : Run(r.GetValue(docs), r.GetValue(html), r.GetValue(data), r.GetValue(work)!, r.GetValue(stages), r.GetValue(annotateRounds)));
        return root.Parse(args).Invoke();
    }

    private static int Run(int count, double htmlShare, string? data, string work, int stages, int annotateRounds)
    {
        var samples = FindSamples();
        if (data is not null && !Directory.Exists(data))
        {
            Console.Error.WriteLine($"bench: {data} not found; using the samples only (unpack the public sets with ../shared/data/unpack {data})");
            data = null;
        }

        var corpus = Path.Combine(work, $"corpus-{count}-{htmlShare.ToString(CultureInfo.InvariantCulture)}");
        if (!Directory.Exists(corpus))
        {
            var clock = Stopwatch.StartNew();
            var written = CorpusWriter.Write(corpus + ".tmp", count, htmlShare, samples, data);
            Directory.Move(corpus + ".tmp", corpus);
            Console.WriteLine($"corpus: {written} documents written to {corpus} in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        if (stages > 0 && annotateRounds > 0)
        {
            AnnotateRounds.Run(corpus, stages, annotateRounds);
            return 0;
        }

        if (stages > 0)
        {
            StageTimer.Run(corpus, stages);
            return 0;
        }

        var database = Path.Combine(work, "bench.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }

        using var store = SqliteStore.Open(database);
        var run = new AnalyzeRun(ReadoutPipeline.CreateDefault(), store);
        var watch = Stopwatch.StartNew();
        var lastReport = 0;
        var progress = new Checkpoints(p =>
        {
            if (p.Documents - lastReport >= count / 10)
            {
                lastReport = p.Documents;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {p.Documents,8} docs  {p.Documents / watch.Elapsed.TotalSeconds,8:0} docs/s  working set {Environment.WorkingSet / 1048576.0,6:0} MB  managed heap {GC.GetTotalMemory(false) / 1048576.0,6:0} MB"));
            }
        });

        var summary = run.Run([corpus], r => Console.Error.WriteLine($"rejected: {r}"), progress);
        var seconds = summary.Elapsed.TotalSeconds;
        var processed = summary.DocumentsNew + summary.DocumentsDuplicate;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"documents: {processed} ({summary.DocumentsNew} new, {summary.Rejected.Count} rejected); events: {summary.EventsNew} new, {summary.EventsUpdated} updated"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"elapsed {seconds:0.0} s; {processed / seconds:0} docs/s end to end; peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB; cores {Environment.ProcessorCount}"));
        return 0;
    }

    private static int ScaleBody(string sizes)
    {
        BodyScaleProbe.Run(steps: true, sizes: [.. sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))]);
        return 0;
    }

    private static int SearchCompareRun(string database, int passes)
    {
        SearchCompare.Run(database, passes);
        return 0;
    }

    private static int ClusterScale(int reports, string? data, int windowDays, double nearCopyShare)
    {
        ClusteringScale.Run(FindSamples(), data is not null && Directory.Exists(data) ? data : null, reports, windowDays, nearCopyShare);
        return 0;
    }

    private static int Compare(int documents)
    {
        ComparisonTimer.Run(FindSamples(), documents);
        return 0;
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Readout.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }

    private sealed class Checkpoints(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
