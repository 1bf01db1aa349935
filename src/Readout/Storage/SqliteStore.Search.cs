using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Readout.Model;
using Readout.Reporting;

namespace Readout.Storage;

/// <summary>Full-text search: FTS5 indexing on write; ranked (bm25) queries through the Lucene index or FTS5; highlighted snippets.</summary>
public sealed partial class SqliteStore
{
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

        // A kind belongs to events, and so many documents report some event of a kind that they are narrowed with FTS5.
        var documents = query.Kind is null && DocumentIndex is { } index && index.IsCurrent(LastDocumentId())
            ? SearchDocumentsIndexed(index, query)
            : SearchDocuments(match, query);
        var events = SearchEvents(match, query, documents.Best);
        return new SearchResults(documents.Page, events.Page, documents.Outlets, events.Kinds)
        {
            EventsTotal = events.Total,
            DocumentsCounted = documents.Counted,
            Months = documents.Months,
            Entities = events.Entities,
            Topics = events.Topics,
        };
    }

    /// <summary>
    /// The Lucene index of this store's documents, when searches should use it (a server's pooled stores): ranking,
    /// totals and the outlet facet over every match. Narrowed searches, and searches while the index is catching up
    /// with a large ingest, use FTS5.
    /// </summary>
    internal LuceneDocumentIndex? DocumentIndex { get; set; }

    private long LastDocumentId() => Cached("SELECT coalesce(max(id), 0) FROM documents").ExecuteScalar() as long? ?? 0;

    /// <summary>The document half of a search from the Lucene index; snippets made from the stored text of the page shown.</summary>
    internal DocumentMatches SearchDocumentsIndexed(LuceneDocumentIndex index, SearchQuery query)
    {
        var terms = SearchTerm.Parse(query.Text);
        var narrowing = new DocumentNarrowing(query.From, query.To, query.Outlet, query.Entity)
        {
            Documents = query.Topic is { } topic ? DocumentsOfTopic(topic) : null,
        };
        var ranking = index.Search(terms, Math.Max(SearchWindow.Documents, query.Offset + query.Limit), narrowing);
        // Negated so that lower is better, as with bm25(): events found through documents are ordered the same way.
        var best = ranking.Top.Select(t => (t.Id, -(double)t.Score)).ToList();
        var hits = DocumentHits(best.Skip(query.Offset).Take(query.Limit), terms);
        return new DocumentMatches(new StorePage<DocumentHit>(hits, ranking.Total), [.. ranking.Outlets], best) { Counted = ranking.Total, Months = ranking.Months };
    }

    /// <summary>
    /// The document half of a search: the page shown, the outlet and month facets over the best-ranked matches (not
    /// narrowed: the page and total are) and the best-ranked matches themselves.
    /// </summary>
    internal DocumentMatches SearchDocuments(string match, SearchQuery query)
    {
        var matches = CountDocuments(match);
        var best = RankDocuments(match, matches, Math.Max(SearchWindow.Documents, query.Offset + query.Limit));
        var (outlets, months) = FacetsOf(best);
        var narrowed = query.Outlet is not null || query.Kind is not null || query.From is not null || query.To is not null
            || query.Entity is not null || query.Topic is not null;
        var documents = narrowed
            ? SearchDocumentsNarrowed(match, query)
            : new StorePage<DocumentHit>(DocumentHits(best.Skip(query.Offset).Take(query.Limit), SearchTerm.Parse(query.Text)), matches);
        return new DocumentMatches(documents, outlets, best) { Months = months };
    }

    internal sealed record DocumentMatches(StorePage<DocumentHit> Page, List<FacetCount> Outlets, List<(long Id, double Rank)> Best)
    {
        /// <summary>How many matches the outlet facet counts: the best-ranked window with FTS5, every match with the index.</summary>
        public int Counted { get; init; } = Best.Count;

        public IReadOnlyList<FacetCount> Months { get; init; } = [];
    }

    private int CountDocuments(string match)
    {
        // The FTS doclist alone: joining the document rows to count them read every matching row.
        using var count = Command("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH $q");
        count.Parameters.AddWithValue("$q", match);
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The best-ranked document matches (bm25, a title hit counting three times a body hit; lower is better), ids
    /// and ranks only: summaries and snippets are read afterwards for the page shown. bm25 costs a few microseconds
    /// per match, so a word found in thousands of documents is ranked over a bounded set: every match with the
    /// words in its title, and the <see cref="SearchWindow.RankedMatches"/> most recently stored matches.
    /// </summary>
    private List<(long Id, double Rank)> RankDocuments(string match, int matches, int count)
    {
        var bounded = matches > SearchWindow.RankedMatches;
        var lowest = 0L;
        if (bounded)
        {
            // Reading the doclist backwards is cheap: no ranking, no row reads.
            using var floor = Command("SELECT rowid FROM documents_fts WHERE documents_fts MATCH $q ORDER BY rowid DESC LIMIT 1 OFFSET $n");
            floor.Parameters.AddWithValue("$q", match);
            floor.Parameters.AddWithValue("$n", SearchWindow.RankedMatches - 1);
            lowest = floor.ExecuteScalar() as long? ?? 0;
        }

        // bm25() is evaluated only for the rows the WHERE clause keeps.
        using var command = Command($"""
            SELECT rowid, bm25(documents_fts, 3.0, 1.0) FROM documents_fts
            WHERE documents_fts MATCH $q {(bounded ? "AND (rowid >= $floor OR rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $title))" : "")}
            ORDER BY 2, 1 LIMIT $limit
            """);
        command.Parameters.AddWithValue("$q", match);
        if (bounded)
        {
            command.Parameters.AddWithValue("$floor", lowest);
            command.Parameters.AddWithValue("$title", $"title : ({match})");
        }

        command.Parameters.AddWithValue("$limit", count);
        var ranked = new List<(long, double)>(Math.Min(count, 1024));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return ranked;
    }

    /// <summary>Summaries of the page shown, each with a snippet cut from its stored text (body, else title).</summary>
    private List<DocumentHit> DocumentHits(IEnumerable<(long Id, double Rank)> page, IReadOnlyList<SearchTerm> terms)
    {
        var hits = new List<DocumentHit>();
        foreach (var (id, rank) in page)
        {
            var summary = Cached($"SELECT {SummaryColumns}, f.body FROM documents d JOIN documents_fts f ON f.rowid = d.id WHERE d.id = $id AND f.rowid = $id");
            summary.Parameters.AddWithValue("$id", id);
            using var reader = summary.ExecuteReader();
            if (reader.Read())
            {
                var document = ReadSummary(reader);
                var body = reader.IsDBNull(7) ? "" : reader.GetString(7);
                var snippet = SearchSnippet.Make(body, terms) ?? SearchSnippet.Make(document.Title ?? "", terms) ?? SearchSnippet.Lead(body);
                hits.Add(new DocumentHit(document, snippet, rank));
            }
        }

        return hits;
    }

    /// <summary>The outlet and publication-month facets over the best-ranked matches (a row read per match, so bounded).</summary>
    private (List<FacetCount> Outlets, List<FacetCount> Months) FacetsOf(List<(long Id, double Rank)> best)
    {
        using var facet = Command("""
            SELECT 'o', coalesce(d.outlet, ''), count(*) FROM json_each($ids) j JOIN documents d INDEXED BY documents_by_id_outlet ON d.id = j.value GROUP BY 2
            UNION ALL
            SELECT 'm', substr(d.published, 1, 7), count(*) FROM json_each($ids) j JOIN documents d ON d.id = j.value
            WHERE d.published IS NOT NULL GROUP BY 2
            """);
        facet.Parameters.AddWithValue("$ids", IdList(best.Select(b => b.Id)));
        var (outlets, months) = (new List<FacetCount>(), new List<FacetCount>());
        using (var reader = facet.ExecuteReader())
        {
            while (reader.Read())
            {
                (reader.GetString(0) == "o" ? outlets : months).Add(new FacetCount(reader.GetString(1), reader.GetInt32(2)));
            }
        }

        outlets.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        months.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        return (outlets, months);
    }

    /// <summary>Documents narrowed by a picked facet (outlet, dates, entity, event kind or topic): counted and ranked exactly.</summary>
    private StorePage<DocumentHit> SearchDocumentsNarrowed(string match, SearchQuery query)
    {
        const string From = """
            FROM documents_fts f JOIN documents d ON d.id = f.rowid
            WHERE documents_fts MATCH $q AND ($outlet IS NULL OR d.outlet = $outlet COLLATE NOCASE)
              AND ($from IS NULL OR d.published >= $from) AND ($to IS NULL OR d.published <= $to)
              AND ($kind IS NULL OR EXISTS (SELECT 1 FROM event_documents ed JOIN events e ON e.id = ed.event_id WHERE ed.document_id = d.id AND e.kind = $kind))
              AND ($topic IS NULL OR EXISTS (SELECT 1 FROM event_documents ed JOIN event_keys k ON k.event_id = ed.event_id WHERE ed.document_id = d.id AND k.key = $topic))
              AND ($entity IS NULL OR EXISTS (SELECT 1 FROM json_each(d.annotations, '$.entities') n WHERE n.value ->> 'key' = $entity))
            """;
        void Bind(SqliteCommand c)
        {
            c.Parameters.AddWithValue("$q", match);
            c.Parameters.AddWithValue("$outlet", (object?)query.Outlet ?? DBNull.Value);
            c.Parameters.AddWithValue("$kind", (object?)query.Kind?.ToString() ?? DBNull.Value);
            c.Parameters.AddWithValue("$from", (object?)FormatDate(query.From) ?? DBNull.Value);
            c.Parameters.AddWithValue("$to", (object?)FormatDate(query.To) ?? DBNull.Value);
            c.Parameters.AddWithValue("$topic", query.Topic is { } topic ? TopicPrefix + topic : DBNull.Value);
            c.Parameters.AddWithValue("$entity", (object?)query.Entity ?? DBNull.Value);
        }

        using var count = Command("SELECT count(*) " + From);
        Bind(count);
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);

        using var command = Command($"SELECT f.rowid, bm25(documents_fts, 3.0, 1.0) {From} ORDER BY 2, 1 LIMIT $limit OFFSET $offset");
        Bind(command);
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        var page = new List<(long, double)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                page.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
        }

        return new StorePage<DocumentHit>(DocumentHits(page, SearchTerm.Parse(query.Text)), total);
    }

    /// <summary>
    /// Events matching by their own text, then events reported by the best-ranked matching documents (ranked
    /// after them, by their best document). Kinds are read in the same queries, so the facet needs no third one.
    /// </summary>
    private EventMatches SearchEvents(string match, SearchQuery query, List<(long Id, double Rank)> best)
    {
        var ranked = new Dictionary<long, (bool Own, double Rank, string Kind)>();
        // Kinds are joined after the limit (joining first read every matching event row: 18 ms for a kind's name).
        // As for documents, a word in thousands of events ("statement") is ranked over the most recent matches only.
        using (var floor = Command("SELECT rowid FROM events_fts WHERE events_fts MATCH $q ORDER BY rowid DESC LIMIT 1 OFFSET $n"))
        using (var own = Command("""
            SELECT r.id, r.rank, e.kind FROM (
                SELECT rowid AS id, bm25(events_fts) AS rank FROM events_fts WHERE events_fts MATCH $q AND rowid >= $floor ORDER BY 2, 1 LIMIT 500
            ) r JOIN events e ON e.id = r.id
            """))
        {
            floor.Parameters.AddWithValue("$q", match);
            floor.Parameters.AddWithValue("$n", SearchWindow.RankedMatches - 1);
            own.Parameters.AddWithValue("$floor", floor.ExecuteScalar() as long? ?? 0);
            own.Parameters.AddWithValue("$q", match);
            using var reader = own.ExecuteReader();
            while (reader.Read())
            {
                ranked[reader.GetInt64(0)] = (true, reader.GetDouble(1), reader.GetString(2));
            }
        }

        var documentRank = best.ToDictionary(b => b.Id, b => b.Rank);
        using (var viaDocuments = Command("SELECT ed.event_id, ed.document_id, e.kind FROM json_each($ids) j JOIN event_documents ed ON ed.document_id = j.value JOIN events e ON e.id = ed.event_id"))
        {
            viaDocuments.Parameters.AddWithValue("$ids", IdList(documentRank.Keys));
            using var reader = viaDocuments.ExecuteReader();
            while (reader.Read())
            {
                // Offset so that an event's own match always ranks before a match through its sources.
                var (eventId, rank) = (reader.GetInt64(0), documentRank[reader.GetInt64(1)] + 1000);
                if (!ranked.TryGetValue(eventId, out var known) || (!known.Own && rank < known.Rank))
                {
                    ranked[eventId] = (false, rank, reader.GetString(2));
                }
            }
        }

        IEnumerable<long> ids = ranked.Keys;
        if (query.Outlet is { } outlet)
        {
            var allowed = EventIdsOfOutlet(ranked.Keys, outlet);
            ids = ids.Where(allowed.Contains);
        }

        if (query.From is not null || query.To is not null || query.Entity is not null || query.Topic is not null)
        {
            var allowed = EventIdsNarrowed(ids, query);
            ids = ids.Where(allowed.Contains);
        }

        // Facets and totals from the ids and kinds; only the page of events shown is loaded (a common word
        // matches hundreds of events, and loading them all made a search cost a second).
        var candidates = ids.ToList();
        var kinds = candidates.GroupBy(id => ranked[id].Kind).Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
        var matching = candidates.Where(id => query.Kind is not { } k || ranked[id].Kind == k.ToString())
            .OrderBy(id => ranked[id].Rank).ThenBy(id => id).ToList();
        var terms = SearchTerm.Parse(query.Text);
        var page = LoadEvents(matching.Skip(query.Offset).Take(query.Limit))
            .Select(e => new EventHit(e, ranked[e.Id].Own ? EventSnippet(e.Id, terms) : null, ranked[e.Id].Rank))
            .OrderBy(e => e.Rank).ThenBy(e => e.Event.Id).ToList();
        var (entities, topics) = EventFacets(matching);
        return new EventMatches(page, kinds, matching.Count, entities, topics);
    }

    private sealed record EventMatches(List<EventHit> Page, List<FacetCount> Kinds, int Total, List<FacetCount> Entities, List<FacetCount> Topics);

    /// <summary>The event's indexed text with the query words marked (a text read, not a second MATCH per event).</summary>
    private string? EventSnippet(long id, IReadOnlyList<SearchTerm> terms)
    {
        var command = Cached("SELECT text FROM events_fts WHERE rowid = $id");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string text ? SearchSnippet.Make(text, terms) ?? SearchSnippet.Lead(text) : null;
    }

    private static string IdList(IEnumerable<long> ids) => "[" + string.Join(',', ids) + "]";

    /// <summary>Which of these events a document from the outlet reports (a narrow index read per source).</summary>
    private HashSet<long> EventIdsOfOutlet(IEnumerable<long> eventIds, string outlet)
    {
        using var command = Command("""
            SELECT DISTINCT ed.event_id FROM json_each($ids) j JOIN event_documents ed ON ed.event_id = j.value
            JOIN documents d INDEXED BY documents_by_id_outlet ON d.id = ed.document_id WHERE d.outlet = $o COLLATE NOCASE
            """);
        command.Parameters.AddWithValue("$ids", IdList(eventIds));
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
