using System.Globalization;
using Readout.Evaluation.Extraction;
using Readout.Extraction;
using Readout.Model;
using Readout.Tests.Support;

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

    [Fact]
    public void In_the_date_benchmark_a_crashed_page_has_no_date_while_a_rejected_one_is_read_for_its_metadata()
    {
        using var set = new TempFolder();
        const string Dated = "<html><head><meta property=\"article:published_time\" content=\"2024-03-07\"></head><body><p>{0}</p></body></html>";
        set.File("eval/ostravia-call.html", string.Format(CultureInfo.InvariantCulture, Dated, "Valkov spoke."));
        set.File("eval/norland-shop.html", string.Format(CultureInfo.InvariantCulture, Dated, "Grain for sale."));
        set.File("eval_default.json", """
            {
              "https://news.example/ostravia-call": { "file": "ostravia-call.html", "date": "2024-03-07" },
              "https://shop.example/norland": { "file": "norland-shop.html", "date": "2024-03-07" }
            }
            """);

        var result = new HtmlDateEvaluator(new CrashingExtractor()).Evaluate(set.Path);
        ExtractionCrashes.Report(TextWriter.Null); // the crash is this test's: not carried into the next report

        Assert.Equal(0.5, result.Metrics.Single(m => m.Name == "accuracy").Value);
        Assert.Equal(1, result.Metrics.Single(m => m.Name == "body-rejected pages").Value);
    }

    /// <summary>Throws a bug's exception on the Ostravian page and rejects the empty one as extractors document.</summary>
    private sealed class CrashingExtractor : IArticleExtractor
    {
        public Article Extract(RawDocument raw) => raw.Content.Contains("Valkov", StringComparison.Ordinal)
            ? throw new InvalidOperationException("stack empty")
            : throw new ExtractionException("no article text");
    }
}
