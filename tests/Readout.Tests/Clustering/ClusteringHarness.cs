using Readout.Clustering;
using Readout.Model;
using Readout.Tests.Events;

namespace Readout.Tests.Clustering;

/// <summary>Runs documents through detection and clustering into an in-memory index, as the pipeline would.</summary>
internal sealed class ClusteringHarness
{
    private readonly EventClusterer _clusterer = new();
    private long _nextDocument;

    public InMemoryEventIndex Index { get; } = new();

    /// <summary>Detects, clusters and commits one document; returns its assignments and the events as saved.</summary>
    public (IReadOnlyList<EventAssignment> Assignments, IReadOnlyList<StoredEvent> Saved, DocumentRef Document) Add(DocumentFixture fixture)
    {
        var document = new DocumentRef(++_nextDocument, $"doc{_nextDocument}.txt", fixture.Published, fixture.Role, fixture.Attributed);
        return Add(document, fixture.Detect());
    }

    public (IReadOnlyList<EventAssignment> Assignments, IReadOnlyList<StoredEvent> Saved, DocumentRef Document) Add(DocumentRef document, IReadOnlyList<EventMention> mentions)
    {
        _nextDocument = Math.Max(_nextDocument, document.Id);
        var assignments = _clusterer.Assign(document, mentions, Index);
        return (assignments, Index.Commit(document, assignments), document);
    }

    /// <summary>The saved main (first) event of a document.</summary>
    public StoredEvent Main(DocumentFixture fixture) => Add(fixture).Saved[0];
}
