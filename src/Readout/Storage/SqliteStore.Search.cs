using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Readout.Model;
using Readout.Reporting;

namespace Readout.Storage;

/// <summary>Full-text search (FTS5): indexing on write, ranked (bm25) and highlighted (snippet()) queries.</summary>
public sealed partial class SqliteStore
{
    private static readonly string Snippet = $"'{SearchMarkers.Open}', '{SearchMarkers.Close}', '…', 24";

    /// <summary>Creates the FTS tables when missing and backfills them from what is stored.</summary>
    private void EnsureSearch()
    {
        using var transaction = BeginTransaction();
        if (!SqliteSearchSchema.Ensure(_connection))
        {
            // Nothing to backfill, but a missing index may just have been created: keep it.
            transaction.Commit();
            return;
        }

        using (var ids = Command("SELECT id FROM events"))
        {
            var all = new SortedSet<long>();
            ReadIds(ids, all);
            foreach (var storedEvent in LoadEvents(all))
            {
                IndexEvent(storedEvent.Id, storedEvent);
            }
        }

        transaction.Commit();
    }

    private void IndexDocument(long id, Article article)
    {
        var command = Cached("INSERT INTO documents_fts (rowid, title, body) VALUES ($id, $title, $body)");
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$title", article.Title ?? "");
        command.Parameters.AddWithValue("$body", article.Body);
        command.ExecuteNonQuery();
    }

    /// <summary>An event's searchable text: kind, CAMEO, place, participants with roles, topics.</summary>
    private void IndexEvent(long id, StoredEvent storedEvent)
    {
        var text = new StringBuilder()
            .Append(EventKindNames.Human(storedEvent.Kind)).Append(' ').Append(storedEvent.CameoCode)
            .Append(' ').Append(storedEvent.Place);
        foreach (var p in storedEvent.Participants)
        {
            text.Append(" | ").Append(p.Name).Append(", ").Append(p.Role).Append(", ").Append(p.Country);
        }

        text.Append(" | ").AppendJoin("; ", storedEvent.Topics);
        var delete = Cached("DELETE FROM events_fts WHERE rowid = $id");
        delete.Parameters.AddWithValue("$id", id);
        delete.ExecuteNonQuery();
        var insert = Cached("INSERT INTO events_fts (rowid, text) VALUES ($id, $text)");
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$text", text.ToString());
        insert.ExecuteNonQuery();
    }

    public SearchResults Search(SearchQuery query)
    {
        var match = ToFtsQuery(query.Text);
        if (match is null)
        {
            return new SearchResults(new StorePage<DocumentHit>([], 0), [], [], []);
        }

        var outlets = new List<FacetCount>();
        using (var facet = Command("""
            SELECT coalesce(d.outlet, ''), count(*) FROM documents_fts f JOIN documents d INDEXED BY documents_by_id_outlet ON d.id = f.rowid
            WHERE documents_fts MATCH $q GROUP BY 1 ORDER BY 2 DESC, 1
            """))
        {
            facet.Parameters.AddWithValue("$q", match);
            using var reader = facet.ExecuteReader();
            while (reader.Read())
            {
                outlets.Add(new FacetCount(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        var documents = SearchDocuments(match, query);
        var (events, kinds, total) = SearchEvents(match, query);
        return new SearchResults(documents, events, outlets, kinds) { EventsTotal = total };
    }

    private StorePage<DocumentHit> SearchDocuments(string match, SearchQuery query)
    {
        const string From = """
            FROM documents_fts f JOIN documents d ON d.id = f.rowid
            WHERE documents_fts MATCH $q AND ($outlet IS NULL OR d.outlet = $outlet COLLATE NOCASE)
              AND ($kind IS NULL OR EXISTS (SELECT 1 FROM event_documents ed JOIN events e ON e.id = ed.event_id WHERE ed.document_id = d.id AND e.kind = $kind))
            """;
        void Bind(SqliteCommand c)
        {
            c.Parameters.AddWithValue("$q", match);
            c.Parameters.AddWithValue("$outlet", (object?)query.Outlet ?? DBNull.Value);
            c.Parameters.AddWithValue("$kind", (object?)query.Kind?.ToString() ?? DBNull.Value);
        }

        using var count = Command("SELECT count(*) " + From);
        Bind(count);
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);

        // bm25 weights: a title hit counts three times a body hit. Lower rank is better.
        using var command = Command($"""
            SELECT {SummaryColumns}, snippet(documents_fts, -1, {Snippet}), bm25(documents_fts, 3.0, 1.0)
            {From} ORDER BY bm25(documents_fts, 3.0, 1.0), d.id LIMIT $limit OFFSET $offset
            """);
        Bind(command);
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        var hits = new List<DocumentHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new DocumentHit(ReadSummary(reader), reader.GetString(7), reader.GetDouble(8)));
        }

        return new StorePage<DocumentHit>(hits, total);
    }

    /// <summary>Events matching by their own text, then events reported by matching documents (ranked after).</summary>
    private (List<EventHit> Page, List<FacetCount> Kinds, int Total) SearchEvents(string match, SearchQuery query)
    {
        var outlet = query.Outlet;
        var ranked = new Dictionary<long, (string? Snippet, double Rank)>();
        using (var own = Command($"SELECT rowid, snippet(events_fts, 0, {Snippet}), bm25(events_fts) FROM events_fts WHERE events_fts MATCH $q ORDER BY 3 LIMIT 500"))
        {
            own.Parameters.AddWithValue("$q", match);
            using var reader = own.ExecuteReader();
            while (reader.Read())
            {
                ranked[reader.GetInt64(0)] = (reader.GetString(1), reader.GetDouble(2));
            }
        }

        using (var viaDocuments = Command("""
            WITH m AS MATERIALIZED (SELECT rowid AS document, bm25(documents_fts, 3.0, 1.0) AS rank FROM documents_fts WHERE documents_fts MATCH $q)
            SELECT ed.event_id, min(m.rank) FROM m JOIN event_documents ed ON ed.document_id = m.document GROUP BY ed.event_id ORDER BY 2 LIMIT 500
            """))
        {
            viaDocuments.Parameters.AddWithValue("$q", match);
            using var reader = viaDocuments.ExecuteReader();
            while (reader.Read())
            {
                // Offset so that an event's own match always ranks before a match through its sources.
                ranked.TryAdd(reader.GetInt64(0), (null, reader.GetDouble(1) + 1000));
            }
        }

        IEnumerable<long> ids = ranked.Keys;
        if (outlet is not null)
        {
            var allowed = EventIdsOfOutlet(outlet);
            ids = ids.Where(allowed.Contains);
        }

        // Facets and totals come from SQL over the ids; only the page of events shown is loaded (a common word
        // matches hundreds of events, and loading them all made a search cost a second).
        var kinds = KindsOf(ids, out var kindById);
        var matching = ids.Where(id => query.Kind is not { } k || kindById.GetValueOrDefault(id) == k.ToString())
            .OrderBy(id => ranked[id].Rank).ThenBy(id => id).ToList();
        var page = LoadEvents(matching.Skip(query.Offset).Take(query.Limit))
            .Select(e => new EventHit(e, ranked[e.Id].Snippet, ranked[e.Id].Rank))
            .OrderBy(e => e.Rank).ThenBy(e => e.Event.Id).ToList();
        return (page, kinds, matching.Count);
    }

    private List<FacetCount> KindsOf(IEnumerable<long> ids, out Dictionary<long, string> kindById)
    {
        using var command = Command("SELECT e.id, e.kind FROM events e JOIN json_each($ids) j ON e.id = j.value");
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', ids) + "]");
        kindById = [];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            kindById[reader.GetInt64(0)] = reader.GetString(1);
        }

        return kindById.Values.GroupBy(k => k).Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    private HashSet<long> EventIdsOfOutlet(string outlet)
    {
        using var command = Command("SELECT DISTINCT ed.event_id FROM event_documents ed JOIN documents d ON d.id = ed.document_id WHERE d.outlet = $o COLLATE NOCASE");
        command.Parameters.AddWithValue("$o", outlet);
        var ids = new SortedSet<long>();
        ReadIds(command, ids);
        return [.. ids];
    }

    /// <summary>
    /// User text to a safe FTS5 query: every word becomes a quoted term (so operators and stray quotes
    /// cannot cause syntax errors), all terms must match; a trailing * keeps its prefix meaning.
    /// </summary>
    internal static string? ToFtsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || c is '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                terms.Add($"\"{word}\"" + (c == '*' ? "*" : ""));
                word.Clear();
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms.Take(32));
    }
}
