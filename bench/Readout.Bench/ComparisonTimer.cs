using System.Diagnostics;
using System.Globalization;
using Readout.Comparison;
using Readout.Model;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Bench;

/// <summary>
/// Time to compare the sources of one event (issue 6 target: under 50 ms for ten documents): the sample pages,
/// repeated to N documents (a copy still costs a full comparison), analysed once, then compared repeatedly.
/// </summary>
internal static class ComparisonTimer
{
    public static void Run(string samples, int count, int rounds = 30)
    {
        var pipeline = ReadoutPipeline.CreateDefault();
        var pages = Directory.EnumerateFiles(samples, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal)).Order().ToList();
        var documents = new List<StoredDocument>();
        for (var i = 0; documents.Count < count && i < count * 4; i++)
        {
            var path = pages[i % pages.Count];
            var format = path.EndsWith(".html", StringComparison.Ordinal) ? SourceFormat.Html : SourceFormat.Text;
            var raw = new RawDocument(path, null, format, File.ReadAllText(path), "h" + i, DocumentHints.None);
            try
            {
                var analyzed = pipeline.Analyze(raw);
                documents.Add(new StoredDocument(documents.Count + 1, raw.ContentHash, analyzed.Article, analyzed.Annotations, analyzed.Events));
            }
            catch (Readout.Extraction.ExtractionException)
            {
                // an index page without an article: not a source
            }
        }

        var storedEvent = new StoredEvent
        {
            Id = 1,
            CameoCode = "040",
            Participants = documents.SelectMany(d => d.Events.SelectMany(e => e.Participants)).DistinctBy(p => p.EntityKey).ToList(),
            Documents = documents.Select(d => d.Id).ToList(),
            Primary = 1,
        };
        using var self = Process.GetCurrentProcess();
        var comparer = new EventComparer();
        var (coldWall, coldCpu) = Time(self, () => comparer.Compare(storedEvent, documents), 1);

        // Steady state: tiered JIT promotes the hot methods only after some calls, and its background compiles would
        // otherwise be billed to the measured rounds (CPU time counts every thread of the process).
        Time(self, () => comparer.Compare(storedEvent, documents), 100);
        var rows = 0;
        var (wall, cpu) = Time(self, () => rows = comparer.Compare(storedEvent, documents).Claims.Count, rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compare: {documents.Count} documents, {documents.Sum(d => d.Article.Body.Length)} chars, {rows} claim rows: {wall:0.0} ms wall, {cpu:0.0} ms CPU per event (mean of {rounds}, after 100 warm-up rounds); first (cold) comparison {coldWall:0} ms wall, {coldCpu:0} ms CPU"));
    }

    /// <summary>Mean wall and CPU milliseconds per run (CPU as well: on a shared, loaded machine the wall clock overstates the cost).</summary>
    private static (double Wall, double Cpu) Time(Process self, Action run, int rounds)
    {
        self.Refresh();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            run();
        }

        self.Refresh();
        return (watch.Elapsed.TotalMilliseconds / rounds, (self.TotalProcessorTime - cpu).TotalMilliseconds / rounds);
    }
}
