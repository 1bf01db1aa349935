using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Readout.Model;

namespace Readout.Storage;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Documents are keyed by content hash so a
/// document is never stored twice; events are indexed by date and by participant key for
/// sub-linear candidate lookup. Not thread-safe: one writer, as SQLite wants.
/// </summary>
public sealed partial class SqliteStore : IReadoutStore
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _cached = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public static SqliteStore Open(string path) => Open(path, pooled: false);

    /// <summary>
    /// A store for one request of a long-running server: the connection comes from a pool, so SQLite's page
    /// cache survives from one request to the next, and reads go through a memory map instead of a read call
    /// per page. A fresh connection per request started every query cold (the search and event pages read
    /// thousands of index pages). Its searches use the process's Lucene index of the file's documents
    /// (<see cref="LuceneDocumentIndex"/>), kept up to date from the store.
    /// </summary>
    public static SqliteStore OpenPooled(string path) => Open(path, pooled: true);

    // Files whose schema and search index this process has already checked. Checking takes SQLite's write
    // lock (BEGIN IMMEDIATE), so doing it on every request of a server made concurrent requests wait on each
    // other in SQLite's busy handler (stalls of ~150 ms on a few percent of requests).
    private static readonly ConcurrentDictionary<string, bool> s_checked = new(StringComparer.Ordinal);

    private static SqliteStore Open(string path, bool pooled)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = pooled }.ToString());
        var checkedBefore = pooled && s_checked.ContainsKey(full);
        try
        {
            connection.Open();
            if (checkedBefore && SqliteSchema.IsCurrent(connection))
            {
                SqliteSchema.Configure(connection, memoryMapped: true);
                return new SqliteStore(connection) { DocumentIndex = LuceneDocumentIndex.ForDatabase(full) };
            }

            SqliteSchema.Ensure(connection, memoryMapped: pooled);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        var store = new SqliteStore(connection) { DocumentIndex = pooled ? LuceneDocumentIndex.ForDatabase(full) : null };
        store.EnsureSearch();
        store.EnsureCandidateIndex();
        s_checked[full] = true;
        return store;
    }

    /// <summary>A private in-memory database (tests, one-off runs).</summary>
    public static SqliteStore InMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteSchema.Ensure(connection);
        var store = new SqliteStore(connection);
        store.EnsureSearch();
        store.EnsureCandidateIndex();
        return store;
    }

    public IStoreTransaction BeginTransaction()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("a transaction is already open");
        }

        _transaction = _connection.BeginTransaction();
        return new Transaction(this);
    }

    public long? FindDocumentByHash(string contentHash)
    {
        var command = Cached("SELECT id FROM documents WHERE hash = $hash");
        command.Parameters.AddWithValue("$hash", contentHash);
        return command.ExecuteScalar() is long id ? id : null;
    }

    public long AddDocument(AnalyzedDocument document)
    {
        var article = document.Article;
        var command = Cached("""
            INSERT INTO documents (hash, path, url, title, outlet, published, role, has_attribution, article, annotations, events, added)
            VALUES ($hash, $path, $url, $title, $outlet, $published, $role, $attr, $article, $annotations, $events, $added)
            RETURNING id
            """);
        var p = command.Parameters;
        p.AddWithValue("$hash", document.Raw.ContentHash);
        p.AddWithValue("$path", document.Raw.Path);
        p.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
        p.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
        p.AddWithValue("$outlet", (object?)article.Outlet ?? DBNull.Value);
        p.AddWithValue("$published", (object?)FormatDate(article.Published?.Date) ?? DBNull.Value);
        p.AddWithValue("$role", article.Role.ToString());
        p.AddWithValue("$attr", article.Attribution.Count > 0 ? 1 : 0);
        p.AddWithValue("$article", StoreJson.Write(article));
        p.AddWithValue("$annotations", StoreJson.Write(document.Annotations));
        p.AddWithValue("$events", StoreJson.Write(document.Events.ToList()));
        p.AddWithValue("$added", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var id = (long)command.ExecuteScalar()!;
        IndexDocument(id, article);
        return id;
    }

    public StoredDocument? GetStoredDocument(long id)
    {
        using var command = Command("SELECT hash, article, annotations, events FROM documents WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new StoredDocument(
            id,
            reader.GetString(0),
            StoreJson.Read<Article>(reader.GetString(1)),
            StoreJson.Read<Annotations>(reader.GetString(2)),
            StoreJson.Read<List<EventMention>>(reader.GetString(3)));
    }

    public DocumentRef? GetDocument(long documentId)
    {
        var command = Cached("SELECT path, published, role, has_attribution FROM documents WHERE id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new DocumentRef(
            documentId,
            reader.GetString(0),
            ParseDate(reader.IsDBNull(1) ? null : reader.GetString(1)),
            Enum.Parse<SourceRole>(reader.GetString(2)),
            reader.GetInt64(3) != 0);
    }

    public StoreCounts Counts()
    {
        using var command = Command("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    public void Dispose()
    {
        foreach (var command in _cached.Values)
        {
            command.Dispose();
        }

        _transaction?.Dispose();
        _connection.Dispose();
    }

    /// <summary>
    /// A command for a statement run once per document or event: kept and reused, so SQLite prepares it once
    /// per store instead of once per call (preparing was a large share of the sequential storing time).
    /// </summary>
    private SqliteCommand Cached(string sql)
    {
        if (!_cached.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _cached[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = _transaction;
        return command;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    internal static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private sealed class Transaction(SqliteStore store) : IStoreTransaction
    {
        public void Commit()
        {
            store._transaction?.Commit();
            store._transaction?.Dispose();
            store._transaction = null;
        }

        public void Dispose()
        {
            // Not committed: roll back, so an interrupted batch leaves nothing half-stored.
            store._transaction?.Dispose();
            store._transaction = null;
        }
    }
}
