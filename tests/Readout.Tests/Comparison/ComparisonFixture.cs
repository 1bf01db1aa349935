using Readout.Comparison;
using Readout.Model;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Tests.Comparison;

/// <summary>Runs the default pipeline on invented pages (the first is the primary) and compares them as one event.</summary>
internal static class ComparisonFixture
{
    private static readonly ReadoutPipeline Pipeline = ReadoutPipeline.CreateDefault();

    public static EventComparison Compare(params string[] pages)
    {
        var documents = pages.Select((text, i) =>
        {
            var raw = new RawDocument($"fixture-{i}.txt", null, SourceFormat.Text, text, $"hash{i}", DocumentHints.None);
            var analyzed = Pipeline.Analyze(raw);
            return new StoredDocument(i + 1, raw.ContentHash, analyzed.Article, analyzed.Annotations, analyzed.Events);
        }).ToList();
        var participants = documents.SelectMany(d => d.Events.SelectMany(e => e.Participants)).DistinctBy(p => p.EntityKey).ToList();
        var storedEvent = new StoredEvent
        {
            Id = 1,
            CameoCode = "040",
            Participants = participants,
            Documents = documents.Select(d => d.Id).ToList(),
            Primary = 1,
        };
        return new EventComparer().Compare(storedEvent, documents);
    }

    public static ComparedClaim Row(this EventComparison comparison, string fragment) =>
        comparison.Claims.FirstOrDefault(c => c.Text.Contains(fragment, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no claim row contains '{fragment}':\n" + string.Join("\n", comparison.Claims.Select(c => c.Text)));

    public static ClaimCell Cell(this EventComparison comparison, string fragment, long document = 2) =>
        comparison.Row(fragment).Cells.Single(c => c.Document == document);
}
