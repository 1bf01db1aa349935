using Microsoft.Data.Sqlite;

namespace Readout.Storage;

/// <summary>Creates and versions the embedded database's tables.</summary>
internal static class SqliteSchema
{
    private const int Version = 1;

    /// <param name="memoryMapped">Map up to 1 GiB of the file: pages are read from the OS cache in place, shared by every connection.</param>
    public static void Ensure(SqliteConnection connection, bool memoryMapped = false)
    {
        Execute(connection, "PRAGMA journal_mode = WAL");
        Configure(connection, memoryMapped);
        var version = UserVersion(connection);
        if (version == Version)
        {
            return;
        }

        if (version != 0)
        {
            throw new InvalidOperationException($"database schema version {version} is not supported (expected {Version})");
        }

        Execute(connection, $"""
            BEGIN;
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                hash TEXT NOT NULL UNIQUE,
                path TEXT NOT NULL,
                url TEXT,
                title TEXT,
                outlet TEXT,
                published TEXT,
                role TEXT NOT NULL,
                has_attribution INTEGER NOT NULL,
                article TEXT NOT NULL,
                annotations TEXT NOT NULL,
                events TEXT NOT NULL,
                added TEXT NOT NULL
            );
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                cameo TEXT NOT NULL,
                date TEXT,
                place TEXT,
                primary_document INTEGER REFERENCES documents(id),
                participants TEXT NOT NULL,
                topics TEXT NOT NULL
            );
            CREATE INDEX events_by_date ON events(date);
            CREATE INDEX events_by_kind_date ON events(kind, date);
            CREATE TABLE event_documents (
                event_id INTEGER NOT NULL REFERENCES events(id),
                document_id INTEGER NOT NULL REFERENCES documents(id),
                position INTEGER NOT NULL,
                PRIMARY KEY (event_id, document_id)
            ) WITHOUT ROWID;
            CREATE INDEX event_documents_by_document ON event_documents(document_id);
            CREATE TABLE event_keys (
                key TEXT NOT NULL,
                event_id INTEGER NOT NULL REFERENCES events(id),
                PRIMARY KEY (key, event_id)
            ) WITHOUT ROWID;
            PRAGMA user_version = {Version};
            COMMIT;
            """);
    }

    /// <summary>Per-connection settings only: no lock taken, so it is cheap on every pooled open.</summary>
    public static void Configure(SqliteConnection connection, bool memoryMapped)
    {
        Execute(connection, """
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            PRAGMA temp_store = MEMORY;
            PRAGMA cache_size = -65536;
            """);
        if (memoryMapped)
        {
            Execute(connection, "PRAGMA mmap_size = 1073741824");
        }
    }

    /// <summary>True when the file already has this version's schema (a read; takes no write lock).</summary>
    public static bool IsCurrent(SqliteConnection connection) => UserVersion(connection) == Version;

    private static int UserVersion(SqliteConnection connection)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
