using Microsoft.Data.Sqlite;
using Readout.Clustering;
using Readout.Model;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>
/// The store's clustering candidates come from a (participant, day) index: an event under its date, an undated
/// one under its reports' publication days, so a lookup reads a few days of one person's events, not all of them.
/// </summary>
public sealed class CandidateIndexTests
{
    private static readonly DateOnly March7 = new(2031, 3, 7);

    [Fact]
    public void An_undated_event_is_a_candidate_near_its_reports_publication_and_not_a_year_later()
    {
        using var store = SqliteStore.InMemory();
        using var tx = store.BeginTransaction();
        var undated = SaveUndated(store, "Valkov phoned Larcombe.", March7);

        Assert.Equal([undated], Ids(store, March7.AddDays(2)));
        Assert.Empty(Ids(store, March7.AddYears(1)));
        Assert.Equal([undated], Ids(store, null));
    }

    [Fact]
    public void A_store_made_without_the_index_gets_it_backfilled_on_open()
    {
        using var database = new TempDatabase();
        var path = database.Path;
        long dated, undated;
        using (var store = SqliteStore.Open(path))
        using (var tx = store.BeginTransaction())
        {
            dated = store.SaveEvent(Call(March7, store.AddDocument(Document("Valkov met Larcombe.", null))));
            undated = SaveUndated(store, "Valkov phoned Larcombe.", March7.AddDays(1));
            tx.Commit();
        }

        using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            using var drop = raw.CreateCommand();
            drop.CommandText = "DROP TABLE event_days";
            drop.ExecuteNonQuery();
        }

        using var reopened = SqliteStore.Open(path);
        Assert.Equal([dated, undated], Ids(reopened, March7));
    }

    private static long SaveUndated(SqliteStore store, string text, DateOnly published) =>
        store.SaveEvent(Call(null, store.AddDocument(Document(text, published))));

    private static List<long> Ids(SqliteStore store, DateOnly? date) =>
        [.. store.FindCandidates(new CandidateQuery(date, 4, ["person:valkov"], EventKind.TelephoneCall)).Select(e => e.Id)];

    private static AnalyzedDocument Document(string text, DateOnly? published) =>
        new(
            new RawDocument("ostravia/readout.txt", null, SourceFormat.Text, text, Readout.Ingest.ContentHash.Of(text), DocumentHints.None),
            new Article { Path = "ostravia/readout.txt", Body = text, Published = published is { } p ? new DateEvidence(p, DateSource.Header, 0.9) : null, Role = SourceRole.Official },
            Annotations.Empty,
            []);

    private static StoredEvent Call(DateOnly? date, long document) => new()
    {
        Kind = EventKind.TelephoneCall,
        CameoCode = "041",
        Date = date,
        Participants = [new("person:valkov", "Valkov", null, null), new("person:larcombe", "Larcombe", null, null)],
        Documents = [document],
        Primary = document,
    };
}
