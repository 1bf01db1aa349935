using Readout.Ingest;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Pipeline;

public sealed class AnalyzeRunTests
{
    private static AnalyzeRun Run(IReadoutStore store, int batchSize = 256) =>
        new(TestStages.Pipeline(), store, new AnalyzeOptions { BatchSize = batchSize, Limits = new IngestLimits(4096, 4096) });

    private static void WriteCorpus(TempFolder folder, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            folder.File($"corpus/{i:D4}.txt", $"2024-03-{1 + (i % 28):D2}|Valkov|Minister{i % 7}\nReadout number {i}.");
        }
    }

    [Fact]
    public void Bad_inputs_are_reported_by_name_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        folder.File("in/a-good.txt", "2024-03-07|Valkov|Larcombe\nThe ministers spoke.");
        folder.File("in/b-empty.txt", "");
        folder.File("in/c-binary.html", [0x00, 0x01, 0x02, 0x03]);
        folder.File("in/d-huge.txt", new string('x', 5000));
        folder.File("in/e-broken.html", "<p>BROKEN</p>");
        folder.File("in/f-feed.jsonl", "{\"text\":\"2024-03-08|Reinholt|Larcombe\"}\n{\"text\": \n");
        using var store = SqliteStore.InMemory();
        var reported = new List<IngestRejection>();

        var summary = Run(store).Run([Path.Combine(folder.Path, "in")], reported.Add);

        Assert.Equal(2, summary.DocumentsNew);
        Assert.Equal(reported, summary.Rejected);
        var reasons = reported.ToDictionary(r => Path.GetFileName(r.Path), r => r.Reason);
        Assert.Equal(["b-empty.txt", "c-binary.html", "d-huge.txt", "e-broken.html", "f-feed.jsonl#2"], reasons.Keys.Order());
        Assert.Contains("empty", reasons["b-empty.txt"]);
        Assert.Contains("binary", reasons["c-binary.html"]);
        Assert.Contains("too large", reasons["d-huge.txt"]);
        Assert.Contains("no article text", reasons["e-broken.html"]);
        Assert.Contains("malformed JSON", reasons["f-feed.jsonl#2"]);
    }

    [Fact]
    public void Running_again_over_the_same_inputs_stores_nothing_twice()
    {
        using var folder = new TempFolder();
        WriteCorpus(folder, 20);
        using var store = SqliteStore.InMemory();

        var first = Run(store).Run([folder.Path]);
        var counts = store.Counts();
        var second = Run(store).Run([folder.Path]);

        Assert.Equal(20, first.DocumentsNew);
        Assert.Equal(0, second.DocumentsNew);
        Assert.Equal(20, second.DocumentsDuplicate);
        Assert.Equal(0, second.EventsNew + second.EventsUpdated);
        Assert.Equal(counts, store.Counts());
        Assert.Equal(first.DocumentIds, second.DocumentIds);
    }

    [Fact]
    public void Identical_pages_in_one_run_are_one_document()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "2024-03-07|Valkov|Larcombe\nSame page.");
        folder.File("b.txt", "2024-03-07|Valkov|Larcombe\r\nSame page.\r\n");
        using var store = SqliteStore.InMemory();

        var summary = Run(store).Run([folder.Path]);

        Assert.Equal((1, 1), (summary.DocumentsNew, summary.DocumentsDuplicate));
        Assert.Equal(1, store.Counts().Documents);
    }

    [Fact]
    public void An_interrupted_run_resumes_to_the_same_store_as_an_uninterrupted_one()
    {
        using var folder = new TempFolder();
        WriteCorpus(folder, 40);
        using var clean = SqliteStore.InMemory();
        Run(clean, batchSize: 8).Run([folder.Path]);

        using var resumed = SqliteStore.InMemory();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Documents >= 16)
            {
                cancel.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => Run(resumed, batchSize: 8).Run([folder.Path], progress: progress, cancellation: cancel.Token));
        Assert.InRange(resumed.Counts().Documents, 16, 39);

        var rest = Run(resumed, batchSize: 8).Run([folder.Path]);

        Assert.Equal(clean.Counts(), resumed.Counts());
        Assert.Equal(40, rest.DocumentsNew + rest.DocumentsDuplicate);
    }

    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
