using System.Diagnostics;
using System.Globalization;
using Readout.Annotation;
using Readout.Annotation.Actors;
using Readout.Ingest;
using Readout.Model;
using Readout.Pipeline;

namespace Readout.Bench;

/// <summary>Single-threaded time per pipeline stage over the first documents of a corpus: where the time goes.</summary>
internal static class StageTimer
{
    public static void Run(string corpus, int count)
    {
        var reader = new DocumentReader();
        var documents = InputWalker.Walk([corpus]).Where(r => r.File is not null)
            .SelectMany(r => reader.Read(r.File!)).OfType<IngestedDocument>().Select(d => d.Document).Take(count).ToList();
        ReportActorDictionaryLoad();

        // Back to back, so the machine's load affects both alike: what the actor dictionary lookups cost.
        var withoutActors = ReadoutPipeline.CreateDefault(new Annotator(ActorDictionary.Empty));
        var pipeline = ReadoutPipeline.CreateDefault();
        foreach (var (format, stagePipeline, label) in new[]
                 {
                     (SourceFormat.Text, pipeline, ""), (SourceFormat.Text, withoutActors, " (no actor dictionary)"), (SourceFormat.Text, pipeline, ""),
                     (SourceFormat.Html, pipeline, ""),
                 })
        {
            var sample = documents.Where(d => d.Format == format).ToList();
            if (sample.Count == 0)
            {
                continue;
            }

            // Warm up the JIT and regex caches before timing.
            foreach (var document in sample.Take(20))
            {
                Time(stagePipeline, document, out _, out _, out _);
            }

            double extract = 0, annotate = 0, detect = 0;
            foreach (var document in sample)
            {
                Time(stagePipeline, document, out var e, out var a, out var d);
                (extract, annotate, detect) = (extract + e, annotate + a, detect + d);
            }

            var total = extract + annotate + detect;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{format,-5}{label} {sample.Count} docs: extract {extract * 1000 / sample.Count:0.00} ms, annotate {annotate * 1000 / sample.Count:0.00} ms, detect {detect * 1000 / sample.Count:0.00} ms per doc; {sample.Count / total:0} docs/s on one core"));
        }

        ReportAnnotationSteps(pipeline, documents.Where(d => d.Format == SourceFormat.Text).ToList());
    }

    /// <summary>Annotation pass by pass on the text documents' bodies (two timed rounds after one warm-up).</summary>
    private static void ReportAnnotationSteps(ReadoutPipeline pipeline, List<RawDocument> sample)
    {
        var bodies = new List<string>();
        foreach (var document in sample)
        {
            try
            {
                bodies.Add(pipeline.Extractor.Extract(document).Body);
            }
            catch (Readout.Extraction.ExtractionException)
            {
            }
        }

        if (bodies.Count == 0)
        {
            return;
        }

        AnnotationSteps.Time(bodies);
        var steps = AnnotationSteps.Time(bodies, rounds: 2);
        Console.WriteLine($"annotate step by step ({bodies.Count} text bodies): " + AnnotationSteps.Format(steps, bodies.Count * 2 / 1000.0, "µs per doc"));
        AnnotationSteps.TimeRules(bodies);
        var rules = AnnotationSteps.TimeRules(bodies, rounds: 2);
        Console.WriteLine("time expressions rule by rule: " + AnnotationSteps.Format(rules, bodies.Count * 2 / 1000.0, "µs per doc"));
    }

    private static void ReportActorDictionaryLoad()
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        int keys = ActorDictionary.Shared.Count;
        double ms = clock.Elapsed.TotalMilliseconds;
        long bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"actor dictionary: {keys} name keys, loaded in {ms:0} ms, {bytes / 1048576.0:0.0} MB managed"));
    }

    private static void Time(ReadoutPipeline pipeline, RawDocument document, out double extract, out double annotate, out double detect)
    {
        extract = annotate = detect = 0;
        var clock = Stopwatch.StartNew();
        Article article;
        try
        {
            article = pipeline.Extractor.Extract(document);
        }
        catch (Readout.Extraction.ExtractionException)
        {
            return;
        }

        extract = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var annotations = pipeline.Annotator.Annotate(article);
        annotate = clock.Elapsed.TotalSeconds;
        clock.Restart();
        pipeline.Detector.Detect(article, annotations);
        detect = clock.Elapsed.TotalSeconds;
    }
}
