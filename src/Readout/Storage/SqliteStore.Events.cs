using Microsoft.Data.Sqlite;
using Readout.Clustering;
using Readout.Model;

namespace Readout.Storage;

/// <summary>Events: saving with their lookup keys, loading, and candidate lookup for clustering.</summary>
public sealed partial class SqliteStore
{
    /// <summary>Caps the candidates of one lookup so a very common participant cannot make it linear in the store.</summary>
    private const int MaxCandidates = 256;

    /// <summary>Creates the (key, day) candidate index when missing, backfilled from what is stored.</summary>
    private void EnsureCandidateIndex()
    {
        using var transaction = BeginTransaction();
        SqliteCandidateSchema.Ensure(_connection);
        transaction.Commit();
    }

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

        FileByDay(id, storedEvent);

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
            // Dated: a range of the (key, day) index, the key's events of those days only. Undated reports can only
            // match by people and kind: the key's latest events, read backwards along its index.
            var command = from is not null
                ? Cached($"SELECT event_id FROM event_days WHERE key = $key AND day BETWEEN $from AND $to ORDER BY event_id DESC LIMIT {MaxCandidates}")
                : Cached($"SELECT event_id FROM event_keys WHERE key = $key ORDER BY event_id DESC LIMIT {MaxCandidates}");
            command.Parameters.AddWithValue("$key", key);
            if (from is not null)
            {
                command.Parameters.AddWithValue("$from", from);
                command.Parameters.AddWithValue("$to", to);
            }

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

    // An event is filed under its date; one without a date under each of its reports' publication days, which
    // is where the matcher looks for it (a report published within a few days of a stored one). Rows left under
    // an old day when an event gains a date only add a candidate the matcher rejects.
    private void FileByDay(long id, StoredEvent storedEvent)
    {
        foreach (var participant in storedEvent.Participants)
        {
            var file = Cached(storedEvent.Date is null
                ? """
                  INSERT OR IGNORE INTO event_days (key, day, event_id)
                  SELECT $k, d.published, $e FROM event_documents ed JOIN documents d ON d.id = ed.document_id
                  WHERE ed.event_id = $e AND d.published IS NOT NULL
                  """
                : "INSERT OR IGNORE INTO event_days (key, day, event_id) VALUES ($k, $day, $e)");
            file.Parameters.AddWithValue("$k", participant.EntityKey);
            file.Parameters.AddWithValue("$e", id);
            if (storedEvent.Date is not null)
            {
                file.Parameters.AddWithValue("$day", FormatDate(storedEvent.Date)!);
            }

            file.ExecuteNonQuery();
        }
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
