using Readout.Clustering;
using Readout.Model;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

public sealed class SqliteStoreTests
{
    private static AnalyzedDocument Document(string text, DateOnly? published = null) =>
        new(
            new RawDocument("ostravia/readout.txt", null, SourceFormat.Text, text, Readout.Ingest.ContentHash.Of(text), DocumentHints.None),
            new Article { Path = "ostravia/readout.txt", Body = text, Published = published is { } p ? new DateEvidence(p, DateSource.Header, 0.9) : null, Role = SourceRole.Official },
            Annotations.Empty,
            []);

    private static StoredEvent Call(DateOnly date, long document, params string[] keys) => new()
    {
        Kind = EventKind.TelephoneCall,
        CameoCode = "041",
        Date = date,
        Participants = keys.Select(k => new Participant(k, k, null, null)).ToList(),
        Documents = [document],
        Primary = document,
    };

    [Fact]
    public void A_document_is_found_again_by_its_content_hash_and_round_trips()
    {
        using var store = SqliteStore.InMemory();
        var document = Document("Valkov spoke with Larcombe.", new DateOnly(2024, 3, 7));
        long id;
        using (var tx = store.BeginTransaction())
        {
            id = store.AddDocument(document);
            tx.Commit();
        }

        Assert.Equal(id, store.FindDocumentByHash(document.Raw.ContentHash));
        var stored = store.GetStoredDocument(id)!;
        Assert.Equal(document.Article.Body, stored.Article.Body);
        Assert.Equal(new DateOnly(2024, 3, 7), stored.Article.Published!.Date);
        Assert.Equal(new DocumentRef(id, "ostravia/readout.txt", new DateOnly(2024, 3, 7), SourceRole.Official, false), store.GetDocument(id));
    }

    [Fact]
    public void An_uncommitted_transaction_leaves_nothing_behind()
    {
        using var store = SqliteStore.InMemory();
        using (store.BeginTransaction())
        {
            store.AddDocument(Document("interrupted"));
        }

        Assert.Equal(new StoreCounts(0, 0), store.Counts());
    }

    [Fact]
    public void Candidates_share_a_participant_and_fall_in_the_date_window()
    {
        using var store = SqliteStore.InMemory();
        using var tx = store.BeginTransaction();
        var doc = store.AddDocument(Document("d"));
        var march = store.SaveEvent(Call(new DateOnly(2024, 3, 7), doc, "person:valkov", "person:larcombe"));
        var lastYear = store.SaveEvent(Call(new DateOnly(2023, 2, 16), doc, "person:valkov", "person:tearle"));
        var others = store.SaveEvent(Call(new DateOnly(2024, 3, 7), doc, "person:reinholt", "person:wendell"));

        var found = store.FindCandidates(new CandidateQuery(new DateOnly(2024, 3, 8), 3, ["person:valkov"], EventKind.TelephoneCall));

        Assert.Equal([march], found.Select(e => e.Id));
        Assert.NotEqual(lastYear, others);
    }

    [Fact]
    public void Updating_an_event_adds_documents_and_keys_without_duplicates()
    {
        using var store = SqliteStore.InMemory();
        using var tx = store.BeginTransaction();
        var first = store.AddDocument(Document("first"));
        var second = store.AddDocument(Document("second"));
        var id = store.SaveEvent(Call(new DateOnly(2024, 3, 7), first, "person:valkov"));
        var joined = store.GetEvent(id)! with { Documents = [first, second], Participants = [new("person:valkov", "Valkov", null, null), new("person:larcombe", "Larcombe", null, null)] };
        Assert.Equal(id, store.SaveEvent(joined));
        Assert.Equal(id, store.SaveEvent(joined));

        var stored = store.GetEvent(id)!;
        Assert.Equal([first, second], stored.Documents);
        Assert.Single(store.FindCandidates(new CandidateQuery(null, 0, ["person:larcombe"], EventKind.TelephoneCall)));
        Assert.Single(store.EventsOfDocuments([second]));
    }

    [Fact]
    public void Reopening_a_database_file_keeps_what_was_stored()
    {
        using var database = new TempDatabase();
        var path = database.Path;
        using (var store = SqliteStore.Open(path))
        using (var tx = store.BeginTransaction())
        {
            store.AddDocument(Document("kept"));
            tx.Commit();
        }

        using var reopened = SqliteStore.Open(path);
        Assert.Equal(1, reopened.Counts().Documents);
    }

    [Fact]
    public void Opening_a_database_that_lacks_the_search_index_creates_it_and_keeps_it()
    {
        using var database = new TempDatabase();
        var path = database.Path;
        SqliteStore.Open(path).Dispose();
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            using var drop = raw.CreateCommand();
            drop.CommandText = "DROP INDEX documents_by_id_outlet";
            drop.ExecuteNonQuery();
        }

        SqliteStore.Open(path).Dispose();

        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var query = check.CreateCommand();
        query.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'documents_by_id_outlet'";
        Assert.Equal(1L, query.ExecuteScalar());
    }
}
