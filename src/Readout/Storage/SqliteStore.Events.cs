using Microsoft.Data.Sqlite;
using Readout.Clustering;
using Readout.Model;

namespace Readout.Storage;

/// <summary>Events: saving with their lookup keys, loading, and candidate lookup for clustering.</summary>
public sealed partial class SqliteStore
{
    /// <summary>Caps the candidates of one lookup so a very common participant cannot make it linear in the store.</summary>
    private const int MaxCandidates = 256;

    public long SaveEvent(StoredEvent storedEvent)
    {
        var id = storedEvent.Id;
        var save = Cached(id == 0
            ? "INSERT INTO events (kind, cameo, date, place, primary_document, participants, topics) VALUES ($kind, $cameo, $date, $place, $primary, $participants, $topics) RETURNING id"
            : "UPDATE events SET kind=$kind, cameo=$cameo, date=$date, place=$place, primary_document=$primary, participants=$participants, topics=$topics WHERE id=$id RETURNING id");
        var p = save.Parameters;
        p.AddWithValue("$id", id);
        p.AddWithValue("$kind", storedEvent.Kind.ToString());
        p.AddWithValue("$cameo", storedEvent.CameoCode);
        p.AddWithValue("$date", (object?)FormatDate(storedEvent.Date) ?? DBNull.Value);
        p.AddWithValue("$place", (object?)storedEvent.Place ?? DBNull.Value);
        p.AddWithValue("$primary", (object?)storedEvent.Primary ?? DBNull.Value);
        p.AddWithValue("$participants", StoreJson.Write(storedEvent.Participants.ToList()));
        p.AddWithValue("$topics", StoreJson.Write(storedEvent.Topics.ToList()));
        id = save.ExecuteScalar() is long saved ? saved : throw new InvalidOperationException($"event {storedEvent.Id} does not exist");

        for (var i = 0; i < storedEvent.Documents.Count; i++)
        {
            var link = Cached("INSERT OR IGNORE INTO event_documents (event_id, document_id, position) VALUES ($e, $d, $pos)");
            link.Parameters.AddWithValue("$e", id);
            link.Parameters.AddWithValue("$d", storedEvent.Documents[i]);
            link.Parameters.AddWithValue("$pos", i);
            link.ExecuteNonQuery();
        }

        // Participants block clustering candidates; topics ("topic:new start") find storylines. One index serves both.
        foreach (var lookup in storedEvent.Participants.Select(p => p.EntityKey).Concat(storedEvent.Topics.Select(t => TopicPrefix + t)))
        {
            var key = Cached("INSERT OR IGNORE INTO event_keys (key, event_id) VALUES ($k, $e)");
            key.Parameters.AddWithValue("$k", lookup);
            key.Parameters.AddWithValue("$e", id);
            key.ExecuteNonQuery();
        }

        IndexEvent(id, storedEvent);
        return id;
    }

    public StoredEvent? GetEvent(long id) => LoadEvents([id]).FirstOrDefault();

    public IReadOnlyList<StoredEvent> EventsOfDocuments(IReadOnlyCollection<long> documentIds)
    {
        var ids = new SortedSet<long>();
        foreach (var documentId in documentIds)
        {
            var command = Cached("SELECT event_id FROM event_documents WHERE document_id = $d");
            command.Parameters.AddWithValue("$d", documentId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        return LoadEvents(ids);
    }

    public IReadOnlyList<StoredEvent> FindCandidates(CandidateQuery query)
    {
        var ids = new SortedSet<long>();
        var (from, to) = query.Date is { } date
            ? (FormatDate(date.AddDays(-query.WindowDays)), FormatDate(date.AddDays(query.WindowDays)))
            : (null, null);

        foreach (var key in query.EntityKeys)
        {
            var command = Cached($"""
                SELECT e.id FROM event_keys k JOIN events e ON e.id = k.event_id
                WHERE k.key = $key AND ($from IS NULL OR e.date IS NULL OR e.date BETWEEN $from AND $to)
                ORDER BY e.id DESC LIMIT {MaxCandidates}
                """);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$from", (object?)from ?? DBNull.Value);
            command.Parameters.AddWithValue("$to", (object?)to ?? DBNull.Value);
            ReadIds(command, ids);
        }

        if (query.EntityKeys.Count == 0 && from is not null)
        {
            var command = Cached($"SELECT id FROM events WHERE kind = $kind AND date BETWEEN $from AND $to ORDER BY id DESC LIMIT {MaxCandidates}");
            command.Parameters.AddWithValue("$kind", query.Kind.ToString());
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
            ReadIds(command, ids);
        }

        return LoadEvents(ids);
    }

    private static void ReadIds(SqliteCommand command, SortedSet<long> ids)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
    }

    private List<StoredEvent> LoadEvents(IEnumerable<long> ids)
    {
        var events = new List<StoredEvent>();
        foreach (var id in ids)
        {
            var command = Cached("SELECT kind, cameo, date, place, primary_document, participants, topics FROM events WHERE id = $id");
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                continue;
            }

            events.Add(new StoredEvent
            {
                Id = id,
                Kind = Enum.Parse<EventKind>(reader.GetString(0)),
                CameoCode = reader.GetString(1),
                Date = ParseDate(reader.IsDBNull(2) ? null : reader.GetString(2)),
                Place = reader.IsDBNull(3) ? null : reader.GetString(3),
                Primary = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                Participants = StoreJson.Read<List<Participant>>(reader.GetString(5)),
                Topics = StoreJson.Read<List<string>>(reader.GetString(6)),
                Documents = DocumentsOf(id),
            });
        }

        return events;
    }

    private List<long> DocumentsOf(long eventId)
    {
        var command = Cached("SELECT document_id FROM event_documents WHERE event_id = $e ORDER BY position, document_id");
        command.Parameters.AddWithValue("$e", eventId);
        var documents = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(reader.GetInt64(0));
        }

        return documents;
    }
}
