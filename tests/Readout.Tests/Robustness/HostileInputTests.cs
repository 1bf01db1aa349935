using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Robustness;

/// <summary>
/// The non-negotiables under attack: every bad input gets one error naming it and a reason, the run goes on,
/// every good page is stored, and running again adds nothing.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Analyze_names_each_bad_input_once_stores_every_good_page_and_a_second_run_adds_nothing()
    {
        using var folder = new TempFolder();
        var corpus = HostileCorpus.Write(folder);
        try
        {
            using var store = SqliteStore.Open(folder.Combine("store.db"));
            var reported = new List<IngestRejection>();

            var first = new AnalyzeRun(ReadoutPipeline.CreateDefault(), store).Run([corpus.Root], reported.Add);

            Assert.Equal(reported, first.Rejected);
            AssertOutcomes(corpus, StoredPaths(corpus, store, first), first.Rejected);
            var counts = store.Counts();

            var again = new List<IngestRejection>();
            var second = new AnalyzeRun(ReadoutPipeline.CreateDefault(), store).Run([corpus.Root], again.Add);

            Assert.Equal(0, second.DocumentsNew);
            Assert.Equal(0, second.EventsNew + second.EventsUpdated);
            Assert.Equal(counts, store.Counts());
            Assert.Equal(reported.Select(r => r.ToString()), again.Select(r => r.ToString()));
        }
        finally
        {
            corpus.Unlock();
        }
    }

    [Fact]
    public void The_extract_stream_names_each_bad_input_once_and_yields_every_good_page()
    {
        using var folder = new TempFolder();
        var corpus = HostileCorpus.Write(folder);
        try
        {
            var reported = new List<IngestRejection>();
            var extracted = new ArticleReader().Read([corpus.Root], reported.Add).Select(a => Relative(corpus, a.Raw.Path)).ToList();

            AssertOutcomes(corpus, extracted, reported);
        }
        finally
        {
            corpus.Unlock();
        }
    }

    private static List<string> StoredPaths(HostileCorpus corpus, SqliteStore store, RunSummary summary) =>
        summary.DocumentIds.Distinct().Select(id => Relative(corpus, store.GetDocument(id)!.Path)).ToList();

    private static void AssertOutcomes(HostileCorpus corpus, List<string> stored, IReadOnlyList<IngestRejection> rejected)
    {
        var rejections = rejected.Select(r => (Input: Relative(corpus, r.Path), r.Reason)).ToList();
        var unexpected = rejections.Where(r => !corpus.Expected.ContainsKey(r.Input)).Select(r => $"{r.Input}: {r.Reason}");
        Assert.Empty(unexpected);
        Assert.DoesNotContain(stored, s => !corpus.Expected.ContainsKey(s));

        foreach (var (input, (outcome, reason)) in corpus.Expected)
        {
            var times = (Stored: stored.Count(s => s == input), Rejected: rejections.Where(r => r.Input == input).Select(r => r.Reason).ToList());
            var seen = $"{input}: stored {times.Stored}×, rejected [{string.Join("; ", times.Rejected)}]";
            switch (outcome)
            {
                case Outcome.Stored:
                    Assert.True(times is (1, []), seen);
                    break;
                case Outcome.Rejected:
                    Assert.True(times.Stored == 0 && times.Rejected is [var why] && why.Contains(reason, StringComparison.Ordinal), seen);
                    break;
                case Outcome.Either:
                    Assert.True(times.Stored + times.Rejected.Count == 1, seen);
                    Assert.All(times.Rejected, why => Assert.False(string.IsNullOrWhiteSpace(why), seen));
                    break;
                case Outcome.Ignored:
                    Assert.True(times is (0, []), seen);
                    break;
            }
        }
    }

    private static string Relative(HostileCorpus corpus, string path) => Path.GetRelativePath(corpus.Root, path).Replace('\\', '/');
}
