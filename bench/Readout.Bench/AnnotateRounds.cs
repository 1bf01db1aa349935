using System.Diagnostics;
using System.Globalization;
using Readout.Ingest;
using Readout.Model;
using Readout.Pipeline;

namespace Readout.Bench;

/// <summary>
/// Annotation alone, round after round over the same extracted news texts, in process CPU time: steadier than wall
/// time on a machine shared with other work, and a long enough run for a sampling profiler to see the hot passes.
/// </summary>
internal static class AnnotateRounds
{
    public static void Run(string corpus, int count, int rounds)
    {
        var reader = new DocumentReader();
        var pipeline = ReadoutPipeline.CreateDefault();
        var articles = new List<Article>();
        foreach (var document in InputWalker.Walk([corpus]).Where(r => r.File is not null).SelectMany(r => reader.Read(r.File!))
                     .OfType<IngestedDocument>().Select(d => d.Document).Where(d => d.Format == SourceFormat.Text).Take(count))
        {
            try
            {
                articles.Add(pipeline.Extractor.Extract(document));
            }
            catch (Readout.Extraction.ExtractionException)
            {
            }
        }

        using var self = Process.GetCurrentProcess();
        for (var round = 0; round <= rounds; round++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                pipeline.Annotator.Annotate(article);
            }

            self.Refresh();
            double cpuUs = (self.TotalProcessorTime - cpu).TotalMicroseconds / articles.Count, wallUs = clock.Elapsed.TotalMicroseconds / articles.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"annotate round {round}{(round == 0 ? " (JIT warm-up)" : "")}: {cpuUs:0} µs CPU, {wallUs:0} µs wall per doc ({articles.Count} text docs)"));
        }
    }
}
