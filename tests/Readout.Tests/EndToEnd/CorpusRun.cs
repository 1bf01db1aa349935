using Readout.Model;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Tests.EndToEnd;

/// <summary>The default pipeline run over a folder into a private store, with lookups by file name.</summary>
internal sealed class CorpusRun
{
    private CorpusRun(RunSummary summary, AnalysisReport report)
    {
        Summary = summary;
        Report = report;
    }

    public RunSummary Summary { get; }

    public AnalysisReport Report { get; }

    public static CorpusRun Of(string folder)
    {
        using var store = SqliteStore.InMemory();
        var summary = new AnalyzeRun(ReadoutPipeline.CreateDefault(), store).Run([folder]);
        return new CorpusRun(summary, AnalysisReport.Build(store, summary.DocumentIds));
    }

    public StoredDocument Document(string pathEnd) =>
        Report.Documents.Single(d => d.Article.Path.Replace('\\', '/').EndsWith(pathEnd, StringComparison.Ordinal));

    public IReadOnlyList<StoredEvent> EventsOf(string pathEnd)
    {
        var id = Document(pathEnd).Id;
        return Report.Events.Where(e => e.Documents.Contains(id)).ToList();
    }

    /// <summary>The event the document reports first (its main event).</summary>
    public StoredEvent MainEventOf(string pathEnd)
    {
        var document = Document(pathEnd);
        var main = document.Events.FirstOrDefault() ?? throw new Xunit.Sdk.XunitException($"{pathEnd} reports no event");
        return Report.Events.First(e => e.Documents.Contains(document.Id) && e.Kind == main.Kind && e.Date == main.Date);
    }
}
