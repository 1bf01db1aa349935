using Readout.Clustering;
using Readout.Model;

namespace Readout.Storage;

/// <summary>
/// Where documents and events live. The embedded SQLite store is the default; a server store
/// (PostgreSQL) implements the same interface. Writes happen inside <see cref="BeginTransaction"/>.
/// </summary>
public interface IReadoutStore : IEventIndex, IDisposable
{
    /// <summary>The id of the stored document with this content hash, if any.</summary>
    long? FindDocumentByHash(string contentHash);

    long AddDocument(AnalyzedDocument document);

    /// <summary>Inserts (Id 0) or updates the event, its document links and its lookup keys; returns its id.</summary>
    long SaveEvent(StoredEvent storedEvent);

    StoredDocument? GetStoredDocument(long id);

    StoredEvent? GetEvent(long id);

    /// <summary>Events reporting any of these documents, by id.</summary>
    IReadOnlyList<StoredEvent> EventsOfDocuments(IReadOnlyCollection<long> documentIds);

    StoreCounts Counts();

    /// <summary>Participant and topic keys containing the words of <paramref name="text"/> ("lavrov", "new start"), most used first.</summary>
    IReadOnlyList<string> FindKeys(string text, int limit = 20);

    /// <summary>Events with this participant key or topic key ("topic:new start").</summary>
    IReadOnlyList<StoredEvent> EventsWithKey(string key, int limit = 1000);

    /// <summary>Events matching the filters, most recent first (undated last), with the total count.</summary>
    StorePage<StoredEvent> QueryEvents(EventQuery query);

    /// <summary>Documents matching the filters, most recently published first, with the total count.</summary>
    StorePage<DocumentSummary> QueryDocuments(DocumentQuery query);

    /// <summary>Listing fields of these documents, in the order given; unknown ids are skipped.</summary>
    IReadOnlyList<DocumentSummary> GetDocumentSummaries(IEnumerable<long> ids);

    /// <summary>Every outlet with its number of documents, by name.</summary>
    IReadOnlyList<FacetCount> Outlets();

    /// <summary>Ranked, highlighted full-text search over documents (title, body) and events, with facets.</summary>
    SearchResults Search(SearchQuery query);

    /// <summary>Events reported by more than one document, those with the most documents first (the costliest to compare).</summary>
    IReadOnlyList<long> EventsWithSeveralSources(int limit);

    IStoreTransaction BeginTransaction();
}

/// <summary>A unit of work: all of it is stored, or none of it (an interrupted run loses only the open transaction).</summary>
public interface IStoreTransaction : IDisposable
{
    void Commit();
}

/// <summary>How much is stored.</summary>
public sealed record StoreCounts(long Documents, long Events);

/// <summary>A document as stored: the extracted article with its annotations and the events it reports.</summary>
public sealed record StoredDocument(long Id, string ContentHash, Article Article, Annotations Annotations, IReadOnlyList<EventMention> Events);
