using Readout.Evaluation.Extraction;
using Readout.Extraction;
using Readout.Model;

namespace Readout.Tests.Robustness;

/// <summary>An extractor bug on one page must neither stop a benchmark run nor vanish from it: the page scores as empty output and is counted.</summary>
public sealed class EvaluationCrashTests
{
    [Fact]
    public void A_page_the_extractor_crashes_on_scores_as_empty_output_and_is_counted_as_crashed()
    {
        var extractor = new CrashingExtractor();

        Assert.Null(EvaluationFiles.TryExtract(extractor, "/data/pages/ostravia-call.html", null, "<html><body><p>Valkov spoke.</p></body></html>"));
        Assert.Null(EvaluationFiles.TryExtract(extractor, "/data/pages/no-article.html", null, "<html><body></body></html>"));

        var output = new StringWriter();
        ExtractionCrashes.Report(output);
        Assert.Contains("crashed: 1 pages", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Throws a bug's exception on the Ostravian page and rejects the empty one as extractors document.</summary>
    private sealed class CrashingExtractor : IArticleExtractor
    {
        public Article Extract(RawDocument raw) => raw.Content.Contains("Valkov", StringComparison.Ordinal)
            ? throw new InvalidOperationException("stack empty")
            : throw new ExtractionException("no article text");
    }
}
