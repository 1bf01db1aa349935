using Microsoft.Data.Sqlite;

namespace Readout.Storage;

/// <summary>
/// The full-text tables (FTS5), added beside schema version 1 without bumping it: a database made
/// before search existed gets the tables on open and is backfilled once, so old stores stay readable.
/// </summary>
internal static class SqliteSearchSchema
{
    /// <summary>unicode61 with diacritics folded: "Věstnik" is found by "vestnik".</summary>
    private const string Tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";

    /// <summary>Creates missing FTS tables; true when they were just created and need a backfill.</summary>
    public static bool Ensure(SqliteConnection connection)
    {
        // Stores are opened per request by the server: only read the schema here unless something is missing,
        // so concurrent opens never contend for the write lock.
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('documents_fts', 'events_fts', 'documents_by_id_outlet')";
        if (Convert.ToInt32(check.ExecuteScalar()) == 3)
        {
            return false;
        }

        // The outlet facet counts every match: a narrow (id, outlet) index spares it reading the wide document rows.
        using (var index = connection.CreateCommand())
        {
            index.CommandText = "CREATE INDEX IF NOT EXISTS documents_by_id_outlet ON documents(id, outlet)";
            index.ExecuteNonQuery();
        }

        using var fts = connection.CreateCommand();
        fts.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('documents_fts', 'events_fts')";
        if (Convert.ToInt32(fts.ExecuteScalar()) == 2)
        {
            return false;
        }

        using var create = connection.CreateCommand();
        create.CommandText = $"""
            CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, body, {Tokenizer});
            CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(text, {Tokenizer});
            DELETE FROM documents_fts;
            DELETE FROM events_fts;
            INSERT INTO documents_fts (rowid, title, body) SELECT id, coalesce(title, ''), coalesce(json_extract(article, '$.body'), '') FROM documents;
            """;
        create.ExecuteNonQuery();
        return true;
    }
}
