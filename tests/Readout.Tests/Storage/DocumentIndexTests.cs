using Microsoft.Data.Sqlite;
using Readout.Model;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>
/// A server's searches rank documents with the Lucene index beside the store file; the index follows the store:
/// whatever is committed is found, whatever was rolled back is not, and a reopened index resumes where it stopped.
/// </summary>
public sealed class DocumentIndexTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private string _path => _database.Path;

    private static AnalyzedDocument Document(string body, string? title = null, string? outlet = null) =>
        new(
            new RawDocument("brenmark/wire.txt", null, SourceFormat.Text, body, Readout.Ingest.ContentHash.Of(body), DocumentHints.None),
            new Article { Path = "brenmark/wire.txt", Title = title, Outlet = outlet, Body = body, Role = SourceRole.MediaReport },
            Annotations.Empty,
            []);

    /// <summary>Stores documents the way <c>readout analyze</c> does: its own store, no search index.</summary>
    private void Ingest(params AnalyzedDocument[] documents)
    {
        using var store = SqliteStore.Open(_path);
        using var tx = store.BeginTransaction();
        foreach (var document in documents)
        {
            store.AddDocument(document);
        }

        tx.Commit();
    }

    private static AnalyzedDocument[] Harbour(int from, int count, string outlet = "Brenmark Daily") =>
        Enumerable.Range(from, count).Select(i => Document($"Minister Alvek Toren inspected the harbour of Velsk, report {i}.", outlet: outlet)).ToArray();

    [Fact]
    public void Documents_stored_by_another_store_are_found_by_the_next_search()
    {
        Ingest(Harbour(0, 3));
        using var server = SqliteStore.OpenPooled(_path);
        Assert.Equal(3, server.Search(new SearchQuery("harbour")).Documents.Total);

        Ingest(Harbour(3, 2, outlet: "Ostravia Post"));
        var results = server.Search(new SearchQuery("harbour"));

        Assert.Equal(5, results.Documents.Total);
        Assert.Equal(5, server.DocumentIndex!.IndexedThrough);
        Assert.Equal([new FacetCount("Brenmark Daily", 3), new FacetCount("Ostravia Post", 2)], results.Outlets);
    }

    [Fact]
    public void A_catch_up_that_starts_after_the_index_closed_does_nothing()
    {
        Ingest(Harbour(0, 2));
        var index = LuceneDocumentIndex.ForDatabase(_path)!;
        index.CatchUp();
        LuceneDocumentIndex.Release(_path);

        Ingest(Harbour(2, 1));
        index.CatchUp(); // as a background catch-up queued before the server stopped

        Assert.Equal(2, index.IndexedThrough);
    }

    [Fact]
    public void A_rolled_back_batch_is_never_indexed()
    {
        Ingest(Harbour(0, 2));
        using (var store = SqliteStore.Open(_path))
        using (store.BeginTransaction())
        {
            store.AddDocument(Document("The harbour of Velsk closed for the storm season."));
            // Interrupted: disposed without commit.
        }

        using var server = SqliteStore.OpenPooled(_path);
        var results = server.Search(new SearchQuery("harbour"));

        Assert.Equal(2, results.Documents.Total);
        Assert.Empty(server.Search(new SearchQuery("storm")).Documents.Items);
        Assert.Equal(2, server.DocumentIndex!.IndexedThrough);
    }

    [Fact]
    public void A_reopened_index_resumes_from_the_last_document_it_holds()
    {
        Ingest(Harbour(0, 3));
        using (var server = SqliteStore.OpenPooled(_path))
        {
            server.Search(new SearchQuery("harbour"));
        }

        LuceneDocumentIndex.Release(_path); // the server stops
        Ingest(Harbour(3, 4));

        var index = LuceneDocumentIndex.ForDatabase(_path)!;
        Assert.Equal(3, index.IndexedThrough);
        index.CatchUp();
        Assert.Equal(7, index.IndexedThrough);
        using var restarted = SqliteStore.OpenPooled(_path);
        Assert.Equal(7, restarted.Search(new SearchQuery("harbour")).Documents.Total);
    }

    [Fact]
    public void An_index_made_from_another_store_file_is_rebuilt()
    {
        Ingest(Harbour(0, 3));
        using (var server = SqliteStore.OpenPooled(_path))
        {
            server.Search(new SearchQuery("harbour"));
        }

        LuceneDocumentIndex.Release(_path);
        DeleteStore(); // the store is rebuilt from other pages; the index folder stays
        Ingest(Document("Grain exports from Velsk resumed.", title: "Grain exports resume"));

        using var rebuilt = SqliteStore.OpenPooled(_path);
        Assert.Equal(0, rebuilt.Search(new SearchQuery("harbour")).Documents.Total);
        Assert.Equal(1, rebuilt.Search(new SearchQuery("grain")).Documents.Total);
    }

    [Fact]
    public void Every_match_is_ranked_and_counted_by_the_index_a_title_match_first()
    {
        Ingest([
            Document("Envoys discussed the Velsk harbour dues.", title: "Harbour dues agreed", outlet: "Ostravia Post"),
            .. Harbour(0, SearchWindow.Documents + 50),
        ]);
        using var server = SqliteStore.OpenPooled(_path);
        var results = server.Search(new SearchQuery("harbour"));

        Assert.Equal(SearchWindow.Documents + 51, results.Documents.Total);
        Assert.Equal(results.Documents.Total, results.DocumentsCounted);
        Assert.Equal(results.Documents.Total, results.Outlets.Sum(f => f.Count));
        Assert.Equal("Harbour dues agreed", results.Documents.Items[0].Document.Title);
        Assert.Contains($"{SearchMarkers.Open}harbour{SearchMarkers.Close}", results.Documents.Items[1].Snippet);
    }

    private void DeleteStore()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public void Dispose() => _database.Dispose();
}
