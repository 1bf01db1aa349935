using Microsoft.Data.Sqlite;
using Readout.Model;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>
/// Participants' actor codes live in the events' participants JSON: they round-trip, and rows stored before codes
/// existed read as "no code" with nothing else lost.
/// </summary>
public sealed class ParticipantActorCodeStoreTests
{
    private static StoredEvent Call(params Participant[] participants) => new()
    {
        Kind = EventKind.TelephoneCall,
        CameoCode = "041",
        Date = new DateOnly(2023, 2, 16),
        Participants = participants,
    };

    [Fact]
    public void Actor_codes_and_their_source_round_trip()
    {
        using var store = SqliteStore.InMemory();
        using var tx = store.BeginTransaction();
        var coded = new Participant("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia")
        {
            ActorCode = "OSTGOV",
            ActorCountryCode = "OST",
            ActorCodeSource = ActorCodeSource.Dictionary,
        };
        var uncoded = new Participant("person:rosalind-tearle", "Rosalind Tearle", null, null);

        var stored = store.GetEvent(store.SaveEvent(Call(coded, uncoded)))!;

        Assert.Equal([coded, uncoded], stored.Participants);
    }

    [Fact]
    public void A_row_stored_before_actor_codes_reads_as_no_code()
    {
        using var database = new TempDatabase();
        long id;
        using (var store = SqliteStore.Open(database.Path))
        using (var tx = store.BeginTransaction())
        {
            id = store.SaveEvent(Call(new Participant("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia")));
            tx.Commit();
        }

        // The participants JSON as the store wrote it before this change.
        using (var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False"))
        {
            connection.Open();
            using var old = connection.CreateCommand();
            old.CommandText = """UPDATE events SET participants = '[{"entityKey":"person:andrey-valkov","name":"Andrey Valkov","role":"Foreign Minister","country":"Ostravia"}]' WHERE id = $id""";
            old.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, old.ExecuteNonQuery());
        }

        using var reopened = SqliteStore.Open(database.Path);
        var participant = Assert.Single(reopened.GetEvent(id)!.Participants);
        Assert.Equal(new Participant("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia"), participant);
        Assert.Null(participant.ActorCode);
        Assert.Null(participant.ActorCodeSource);
    }
}
