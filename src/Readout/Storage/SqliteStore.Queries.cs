using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Readout.Model;

namespace Readout.Storage;

/// <summary>Read-side listings for browsing (the server): filtered, paged events and documents.</summary>
public sealed partial class SqliteStore
{
    private const string SummaryColumns = "d.id, d.path, d.url, d.title, d.outlet, d.published, d.role";

    public StorePage<StoredEvent> QueryEvents(EventQuery query)
    {
        var where = new StringBuilder("WHERE 1=1");
        var parameters = new List<(string, object)>();
        if (SqliteStore.ToFtsQuery(query.Text) is { } match)
        {
            where.Append(" AND (e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH $q) OR e.id IN (SELECT ed.event_id FROM event_documents ed WHERE ed.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $q)))");
            parameters.Add(("$q", match));
        }

        AddDateRange(where, parameters, "e.date", query.From, query.To);
        if (query.Kind is { } kind)
        {
            where.Append(" AND e.kind = $kind");
            parameters.Add(("$kind", kind.ToString()));
        }

        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            where.Append(" AND (EXISTS (SELECT 1 FROM event_keys k WHERE k.event_id = e.id AND k.key = $person) OR e.participants LIKE $personLike ESCAPE '\\')");
            parameters.Add(("$person", query.Person));
            parameters.Add(("$personLike", "%" + EscapeLike(query.Person) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityKey))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM event_keys k WHERE k.event_id = e.id AND k.key = $entity)");
            parameters.Add(("$entity", query.EntityKey));
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM event_documents ed JOIN documents d ON d.id = ed.document_id WHERE ed.event_id = e.id AND d.outlet = $outlet COLLATE NOCASE)");
            parameters.Add(("$outlet", query.Outlet));
        }

        var total = Count($"SELECT count(*) FROM events e {where}", parameters);

        // Most recent first; undated events last, since they cannot be placed in time.
        using var command = Command($"SELECT e.id FROM events e {where} ORDER BY e.date IS NULL, e.date DESC, e.id DESC LIMIT $limit OFFSET $offset");
        Bind(command, parameters);
        command.Parameters.AddWithValue("$limit", query.Limit ?? -1);
        command.Parameters.AddWithValue("$offset", query.Offset);
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var loaded = LoadEvents(ids).ToDictionary(e => e.Id);
        return new StorePage<StoredEvent>(ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList(), total);
    }

    public StorePage<DocumentSummary> QueryDocuments(DocumentQuery query)
    {
        var where = new StringBuilder("WHERE 1=1");
        var parameters = new List<(string, object)>();
        if (SqliteStore.ToFtsQuery(query.Text) is { } match)
        {
            where.Append(" AND d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $q)");
            parameters.Add(("$q", match));
        }

        AddDateRange(where, parameters, "d.published", query.From, query.To);
        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            where.Append(" AND d.outlet = $outlet COLLATE NOCASE");
            parameters.Add(("$outlet", query.Outlet));
        }

        if (query.Role is { } role)
        {
            where.Append(" AND d.role = $role");
            parameters.Add(("$role", role.ToString()));
        }

        var total = Count($"SELECT count(*) FROM documents d {where}", parameters);
        using var command = Command($"SELECT {SummaryColumns} FROM documents d {where} ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT $limit OFFSET $offset");
        Bind(command, parameters);
        command.Parameters.AddWithValue("$limit", query.Limit ?? -1);
        command.Parameters.AddWithValue("$offset", query.Offset);
        var items = new List<DocumentSummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(ReadSummary(reader));
        }

        return new StorePage<DocumentSummary>(items, total);
    }

    public IReadOnlyList<DocumentSummary> GetDocumentSummaries(IEnumerable<long> ids)
    {
        var summaries = new List<DocumentSummary>();
        foreach (var id in ids)
        {
            // Prepared once per store: an event page lists hundreds of sources for a big event.
            var command = Cached($"SELECT {SummaryColumns} FROM documents d WHERE d.id = $id");
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                summaries.Add(ReadSummary(reader));
            }
        }

        return summaries;
    }

    public IReadOnlyList<long> EventsWithSeveralSources(int limit)
    {
        using var command = Command("SELECT event_id FROM event_documents GROUP BY event_id HAVING count(*) > 1 ORDER BY count(*) DESC, event_id LIMIT $n");
        command.Parameters.AddWithValue("$n", limit);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public IReadOnlyList<FacetCount> Outlets()
    {
        using var command = Command("SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet");
        var outlets = new List<FacetCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            outlets.Add(new FacetCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return outlets;
    }

    private static DocumentSummary ReadSummary(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        ParseDate(reader.IsDBNull(5) ? null : reader.GetString(5)),
        Enum.Parse<SourceRole>(reader.GetString(6)));

    private static void AddDateRange(StringBuilder where, List<(string, object)> parameters, string column, DateOnly? from, DateOnly? to)
    {
        if (from is not null)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {column} >= $from");
            parameters.Add(("$from", FormatDate(from)!));
        }

        if (to is not null)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND {column} <= $to");
            parameters.Add(("$to", FormatDate(to)!));
        }
    }

    private int Count(string sql, List<(string, object)> parameters)
    {
        using var command = Command(sql);
        Bind(command, parameters);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Bind(SqliteCommand command, List<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
