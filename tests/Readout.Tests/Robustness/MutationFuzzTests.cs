using Readout.Annotation;
using Readout.Clustering;
using Readout.Events;
using Readout.Extraction;
using Readout.Model;
using Readout.Pipeline;
using Readout.Tests.Support;

namespace Readout.Tests.Robustness;

/// <summary>
/// Damaged copies of valid fictional pages, feeds, texts and a crawl record go through the per-document path:
/// each is read or rejected with its name and a reason, never crashes analysis, and keeps every span inside its body.
/// A longer run: <c>dotnet run -c Release --project bench/Readout.Bench -- --fuzz 20000</c>.
/// </summary>
public sealed class MutationFuzzTests
{
    /// <summary>Far above any page's cost here (milliseconds): only a loop or a blow-up trips it, even on a loaded machine.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public void Mutants_of_valid_inputs_are_analysed_or_rejected_by_name_and_never_crash()
    {
        using var folder = new TempFolder();

        var report = new DocumentFuzzer(ReadoutPipeline.CreateDefault(), folder.Path, Guard).Run(200, 20240307, FuzzSeeds.All);

        Assert.True(report.Findings.Count == 0, report.ToString());
        Assert.True(report.Documents > 80, $"too few mutants reached analysis to test it: {report}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_mutants()
    {
        var input = FuzzSeeds.All[0].Bytes;
        var other = FuzzSeeds.All[1].Bytes;
        var (first, second) = (new Mutator(new Random(7)), new Mutator(new Random(7)));

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(first.Mutate(input, other), second.Mutate(input, other));
        }
    }

    [Fact]
    public void A_stage_that_never_finishes_is_a_finding_with_its_input_kept()
    {
        using var folder = new TempFolder();
        using var release = new ManualResetEventSlim();
        var stuck = new ReadoutPipeline(new ArticleExtractor(), new StuckAnnotator(release), new EventDetector(), new EventClusterer());
        try
        {
            var report = new DocumentFuzzer(stuck, folder.Path, TimeSpan.FromMilliseconds(200)).Run(50, 1, [(".txt", "Valkov met Larcombe in Calt on 7 March 2024 and they talked."u8.ToArray())]);

            var finding = Assert.Single(report.Findings);
            Assert.Contains("no outcome within", finding.Problem, StringComparison.Ordinal);
            Assert.True(File.Exists(finding.SavedAs), finding.ToString());
            File.Delete(finding.SavedAs);
        }
        finally
        {
            release.Set();
        }
    }

    /// <summary>Blocks until released: stands in for a stage caught in a loop.</summary>
    private sealed class StuckAnnotator(ManualResetEventSlim release) : IAnnotator
    {
        public Annotations Annotate(Article article)
        {
            release.Wait();
            return Annotations.Empty;
        }
    }
}
