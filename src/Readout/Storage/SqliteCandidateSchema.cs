using Microsoft.Data.Sqlite;

namespace Readout.Storage;

/// <summary>
/// The clustering candidate index: each event's participant keys by day (its date, or when it has none the
/// publication days of its reports), so a lookup reads one key's events of a few days, not all its events
/// ever. Added beside schema version 1 without bumping it, like the search tables: an older store gets the
/// table on open and is backfilled once.
/// </summary>
internal static class SqliteCandidateSchema
{
    public static void Ensure(SqliteConnection connection)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'event_days'";
        if (Convert.ToInt32(check.ExecuteScalar()) == 1)
        {
            return;
        }

        using var create = connection.CreateCommand();
        create.CommandText = $"""
            CREATE TABLE event_days (
                key TEXT NOT NULL,
                day TEXT NOT NULL,
                event_id INTEGER NOT NULL REFERENCES events(id),
                PRIMARY KEY (key, day, event_id)
            ) WITHOUT ROWID;
            INSERT OR IGNORE INTO event_days (key, day, event_id)
                SELECT k.key, e.date, e.id FROM event_keys k JOIN events e ON e.id = k.event_id
                WHERE e.date IS NOT NULL AND k.key NOT LIKE '{SqliteStore.TopicPrefix}%';
            INSERT OR IGNORE INTO event_days (key, day, event_id)
                SELECT k.key, d.published, e.id FROM event_keys k JOIN events e ON e.id = k.event_id
                JOIN event_documents ed ON ed.event_id = e.id JOIN documents d ON d.id = ed.document_id
                WHERE e.date IS NULL AND d.published IS NOT NULL AND k.key NOT LIKE '{SqliteStore.TopicPrefix}%';
            """;
        create.ExecuteNonQuery();
    }
}
