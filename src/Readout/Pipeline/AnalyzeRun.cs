using System.Diagnostics;
using Readout.Clustering;
using Readout.Extraction;
using Readout.Ingest;
using Readout.Model;
using Readout.Storage;

namespace Readout.Pipeline;

/// <summary>
/// One <c>analyze</c> run: streams inputs in batches, analyses each batch in parallel, then stores and
/// clusters it in input order inside one transaction. Killing the process loses at most the open
/// batch; the next run skips stored documents by content hash, so it resumes without duplicates.
/// </summary>
public sealed class AnalyzeRun(ReadoutPipeline pipeline, IReadoutStore store, AnalyzeOptions? options = null)
{
    private readonly AnalyzeOptions _options = options ?? new AnalyzeOptions();
    private readonly DocumentReader _reader = new(options?.Limits ?? IngestLimits.Default);

    /// <param name="onRejected">Called at once for each rejected input, so the user sees it while the run goes on.</param>
    public RunSummary Run(IEnumerable<string> paths, Action<IngestRejection>? onRejected = null, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var state = new RunState(onRejected);
        var batch = new List<RawDocument>(_options.BatchSize);
        long batchChars = 0;
        string? current = null;

        // While one batch is stored and clustered (one writer, as SQLite wants), the next is analysed on the
        // other cores: storing is sequential, so without the overlap it would leave the cores idle.
        PendingBatch? pending = null;
        try
        {
            foreach (var item in _reader.ReadAll(paths, () => state.Files++))
            {
                cancellation.ThrowIfCancellationRequested();
                switch (item)
                {
                    case IngestRejection rejection:
                        state.Reject(rejection);
                        break;
                    case IngestedDocument document:
                        batch.Add(document.Document);
                        batchChars += document.Document.Content.Length;
                        current = document.Path;
                        break;
                }

                // Large pages fill a batch by size before count, so memory stays bounded whatever the pages weigh.
                if (batch.Count >= _options.BatchSize || batchChars >= _options.BatchChars)
                {
                    var next = StartAnalysis(batch);
                    Store(pending, state, progress, current);
                    pending = next;
                    batch = new List<RawDocument>(_options.BatchSize);
                    batchChars = 0;
                }
            }

            var last = StartAnalysis(batch);
            Store(pending, state, progress, current);
            pending = last;
            Store(pending, state, progress, current);
            pending = null;
        }
        finally
        {
            // Cancelled or failed: let the analysis in flight finish (its results are dropped) so no work outlives the run.
            try
            {
                pending?.Analysis.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Already failing; the first error is the one that propagates.
            }
        }

        return state.ToSummary(clock.Elapsed);
    }

    /// <summary>Looks up which documents are already stored, then analyses the others in parallel in the background.</summary>
    private PendingBatch? StartAnalysis(List<RawDocument> batch)
    {
        if (batch.Count == 0)
        {
            return null;
        }

        // Learn from the whole batch first, so its own pages already benefit (site templates).
        pipeline.Extractor.Observe(batch);
        var known = new long?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            known[i] = store.FindDocumentByHash(batch[i].ContentHash);
        }

        var analysis = Task.Run(() =>
        {
            var analysed = new Analysis[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism }, i =>
            {
                if (known[i] is null)
                {
                    analysed[i] = Analyse(batch[i]);
                }
            });
            return analysed;
        });
        return new PendingBatch(batch, known, analysis);
    }

    /// <summary>Stores and clusters an analysed batch in input order, in one transaction.</summary>
    private void Store(PendingBatch? pending, RunState state, IProgress<RunProgress>? progress, string? current)
    {
        if (pending is null)
        {
            return;
        }

        var (batch, known, task) = pending;
        var analysed = task.GetAwaiter().GetResult();
        using (var transaction = store.BeginTransaction())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var raw = batch[i];

                // Known before analysis, or stored since: by an earlier batch or earlier in this one.
                if ((known[i] ?? store.FindDocumentByHash(raw.ContentHash)) is { } storedId)
                {
                    state.Duplicate(storedId);
                    continue;
                }

                if (analysed[i].Error is { } error)
                {
                    state.Reject(new IngestRejection(raw.Path, error));
                    continue;
                }

                var document = analysed[i].Document!;
                var id = store.AddDocument(document);
                if (analysed[i].Warning is { } warning)
                {
                    state.Warn(new IngestRejection(raw.Path, warning));
                }

                var reference = new DocumentRef(id, raw.Path, document.Article.Published?.Date, document.Article.Role, document.Article.Attribution.Count > 0);
                foreach (var assignment in pipeline.Clusterer.Assign(reference, document.Events, store))
                {
                    store.SaveEvent(assignment.Event);
                    state.CountEvent(assignment.IsNew);
                }

                state.Added(id);
            }

            transaction.Commit();
        }

        progress?.Report(new RunProgress(state.Files, state.DocumentIds.Count, current));
    }

    private Analysis Analyse(RawDocument raw)
    {
        try
        {
            var document = pipeline.Analyze(raw, out var warning);
            return new Analysis(document, null, warning);
        }
        catch (Exception e) when (PageFailure.IsPageFault(e))
        {
            // One page must never stop the run; the user gets the file and the failure.
            return new Analysis(null, PageFailure.Reason(e), null);
        }
    }

    private readonly record struct Analysis(AnalyzedDocument? Document, string? Error, string? Warning);

    private sealed record PendingBatch(List<RawDocument> Batch, long?[] Known, Task<Analysis[]> Analysis);
}

/// <summary>Tuning of a run.</summary>
public sealed record AnalyzeOptions
{
    public int BatchSize { get; init; } = 256;

    /// <summary>A batch is also closed once its pages hold this many characters (HTML pages can be megabytes).</summary>
    public long BatchChars { get; init; } = 8 * 1024 * 1024;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public IngestLimits Limits { get; init; } = IngestLimits.Default;
}
