using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Readout.Storage;

/// <summary>
/// The stored documents' title, body and outlet in a Lucene.NET index beside the SQLite file (<c>store.db.search/</c>):
/// bm25 over every match (a title hit weighs three body hits), exact totals and an outlet facet over every match
/// from doc values, well under a millisecond where FTS5 needed a bounded ranking window and a facet over the best
/// 500. The index is derived from the store, never written inside its transactions: it records the last document
/// id it holds and catches up from the store (documents are append-only, ids increase with each commit), so an
/// interrupted or rolled-back ingest can neither leave it missing documents nor give it ones the store lacks.
/// One writer per process and folder (Lucene's lock): a second process gets no index and searches with FTS5.
/// </summary>
public sealed class LuceneDocumentIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string LastId = "last_id";
    private const string LastHash = "last_hash";
    private const string Schema = "schema";

    /// <summary>The fields this code writes; an index made with another set is rebuilt on open.</summary>
    internal const string SchemaVersion = "2";

    /// <summary>Documents a search indexes itself before answering; a larger gap is closed in the background meanwhile.</summary>
    public const int InlineCatchUp = 2000;

    private static readonly ConcurrentDictionary<string, Lazy<LuceneDocumentIndex?>> s_open = new(StringComparer.Ordinal);

    private readonly string _database;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = new FoldingAnalyzer();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _catchUp = new();
    private long _indexedThrough;
    private volatile bool _verified;
    private Task? _background;
    private bool _disposed;

    private LuceneDocumentIndex(string database, string folder)
    {
        _database = database;
        _directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, Similarity = new BM25Similarity(), RAMBufferSizeMB = 32 };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch
        {
            _analyzer.Dispose();
            _directory.Dispose();
            throw;
        }

        if (!_writer.CommitData.TryGetValue(Schema, out var schema) || schema != SchemaVersion)
        {
            // Made before a field was added (or by other code): its documents lack fields searches now read.
            _writer.DeleteAll();
            _writer.SetCommitData(new Dictionary<string, string> { [Schema] = SchemaVersion, [LastId] = "0" });
            _writer.Commit();
        }

        _searchers = new SearcherManager(_writer, true, new Bm25Searchers());
        _indexedThrough = _writer.CommitData.TryGetValue(LastId, out var last) ? long.Parse(last, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The folder of a database's index.</summary>
    public static string FolderOf(string databasePath) => Path.GetFullPath(databasePath) + ".search";

    /// <summary>The process's index of this database file, opened on first use; null when another process holds it.</summary>
    public static LuceneDocumentIndex? ForDatabase(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return s_open.GetOrAdd(full, f => new Lazy<LuceneDocumentIndex?>(() => TryOpen(f))).Value;
    }

    /// <summary>Closes the process's index of this file (tests; a server closes its index on exit).</summary>
    public static void Release(string databasePath)
    {
        if (s_open.TryRemove(Path.GetFullPath(databasePath), out var index) && index.IsValueCreated)
        {
            index.Value?.Dispose();
        }
    }

    private static LuceneDocumentIndex? TryOpen(string database)
    {
        try
        {
            return new LuceneDocumentIndex(database, FolderOf(database));
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
    }

    /// <summary>The last store document id the index holds.</summary>
    public long IndexedThrough => Interlocked.Read(ref _indexedThrough);

    /// <summary>
    /// True when the index holds every document up to <paramref name="storeLastId"/>, catching up inline when only
    /// a few are missing; otherwise starts catching up in the background and returns false (search with FTS5 meanwhile).
    /// </summary>
    public bool IsCurrent(long storeLastId)
    {
        if (_verified && IndexedThrough >= storeLastId)
        {
            return true;
        }

        // The first check of a process also verifies that the index was made from this store (by a catch-up).
        if (Math.Abs(storeLastId - IndexedThrough) <= InlineCatchUp && _catchUp.TryEnter())
        {
            try
            {
                CatchUpLocked();
            }
            finally
            {
                _catchUp.Exit();
            }

            return IndexedThrough >= storeLastId;
        }

        lock (s_open)
        {
            if (_background is null || _background.IsCompleted)
            {
                _background = Task.Run(CatchUp);
            }
        }

        return false;
    }

    /// <summary>Indexes every stored document after the last one indexed (rebuilding when the store is not the one indexed).</summary>
    public void CatchUp()
    {
        lock (_catchUp)
        {
            CatchUpLocked();
        }
    }

    private void CatchUpLocked()
    {
        if (_disposed)
        {
            return;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString());
        connection.Open();
        var from = IndexedThrough;
        if (from > 0 && !SameStore(connection, from))
        {
            // The file was replaced (a rebuilt store): ids no longer name the same documents.
            _writer.DeleteAll();
            from = 0;
        }

        var fields = new DocumentFields();
        var (last, hash) = (from, "");
        using (var rows = connection.CreateCommand())
        {
            rows.CommandText = """
                SELECT id, hash, coalesce(title, ''), coalesce(json_extract(article, '$.body'), ''), coalesce(outlet, ''), published,
                    (SELECT group_concat(e.value ->> 'key', char(31)) FROM json_each(annotations, '$.entities') e
                     WHERE e.value ->> 'kind' IN ('Person', 'Organization'))
                FROM documents WHERE id > $from ORDER BY id
                """;
            rows.Parameters.AddWithValue("$from", from);
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                (last, hash) = (reader.GetInt64(0), reader.GetString(1));
                fields.Set(last, reader.GetString(2), reader.GetString(3), reader.GetString(4));
                fields.SetFacets(SqliteStore.ParseDate(reader.IsDBNull(5) ? null : reader.GetString(5)), reader.IsDBNull(6) ? "" : reader.GetString(6));
                _writer.UpdateDocument(new Term("key", fields.Key), fields.Document); // by id: a retried batch never duplicates
            }
        }

        if (last == IndexedThrough && from == IndexedThrough)
        {
            _verified = true;
            return;
        }

        _writer.SetCommitData(new Dictionary<string, string> { [Schema] = SchemaVersion, [LastId] = last.ToString(CultureInfo.InvariantCulture), [LastHash] = hash });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _indexedThrough, last);
        _verified = true;
    }

    private bool SameStore(SqliteConnection connection, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string hash && _writer.CommitData.TryGetValue(LastHash, out var indexed) && hash == indexed;
    }

    /// <summary>
    /// The best <paramref name="count"/> matches (ids, scores) within the narrowing, their total and month facet, and
    /// the outlet facet over every match narrowed by all but the outlet (so other outlets stay on offer): one pass.
    /// </summary>
    public DocumentRanking Search(IReadOnlyList<SearchTerm> terms, int count, DocumentNarrowing? narrowing = null)
    {
        narrowing ??= DocumentNarrowing.None;
        var query = Narrow(ToQuery(terms), narrowing);
        var searcher = _searchers.Acquire();
        try
        {
            var top = TopScoreDocCollector.Create(Math.Max(1, count), true);
            var facets = new FacetCounter(top, narrowing.Outlet, narrowing.Documents);
            searcher.Search(query, facets);
            var docs = top.GetTopDocs();
            var leaves = searcher.IndexReader.Leaves;
            var ids = new List<(long, float)>(docs.ScoreDocs.Length);
            foreach (var hit in docs.ScoreDocs)
            {
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                ids.Add((leaf.AtomicReader.GetNumericDocValues("id").Get(hit.Doc - leaf.DocBase), hit.Score));
            }

            return new DocumentRanking(ids, facets.Total, facets.Outlets()) { Months = facets.Months() };
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Every word must match, in the title (boosted ×3) or the body; a prefix word matches by prefix.</summary>
    private BooleanQuery ToQuery(IReadOnlyList<SearchTerm> terms)
    {
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var word in Analyze(term.Folded))
            {
                Query Of(string field) => term.Prefix ? new PrefixQuery(new Term(field, word)) : new TermQuery(new Term(field, word));
                var title = Of("title");
                title.Boost = 3;
                all.Add(new BooleanQuery { { title, Occur.SHOULD }, { Of("body"), Occur.SHOULD } }, Occur.MUST);
            }
        }

        return all;
    }

    /// <summary>Date range and entity as filters: they select matches without changing their scores.</summary>
    private static Query Narrow(Query text, DocumentNarrowing narrowing)
    {
        var filters = new BooleanQuery();
        if (narrowing.From is not null || narrowing.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range("day", DocumentFields.Day(narrowing.From), DocumentFields.Day(narrowing.To), true, true), Occur.MUST);
        }

        if (narrowing.Entity is { } entity)
        {
            filters.Add(new TermQuery(new Term("entity", entity)), Occur.MUST);
        }

        return filters.Clauses.Count == 0 ? text : new FilteredQuery(text, new QueryWrapperFilter(filters));
    }

    private List<string> Analyze(string text)
    {
        var words = new List<string>(1);
        using var stream = _analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    public void Dispose()
    {
        lock (_catchUp)
        {
            // A background catch-up queued before disposal then finds the flag instead of a disposed writer.
            _disposed = true;
            _searchers.Dispose();
            _writer.Dispose();
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }

    /// <summary>
    /// One reusable document: id (key and doc values), title and body (indexed, not stored), outlet and publication
    /// month (doc values, counted as facets), publication day and person/organisation keys (indexed, for narrowing).
    /// </summary>
    private sealed class DocumentFields
    {
        private readonly NumericDocValuesField _month = new("month", 0);
        private readonly StringField _key = new("key", "", Field.Store.NO);
        private readonly NumericDocValuesField _id = new("id", 0);
        private readonly TextField _title = new("title", "", Field.Store.NO);
        private readonly TextField _body = new("body", "", Field.Store.NO);
        private readonly SortedDocValuesField _outlet = new("outlet", new BytesRef());

        public DocumentFields() => Document = [_key, _id, _title, _body, _outlet, _month];

        public Document Document { get; }

        /// <summary>A day as the number yyyymmdd (unbounded ends as the extremes), so that ranges compare as numbers.</summary>
        public static int? Day(DateOnly? date) => date is { } d ? (d.Year * 100 + d.Month) * 100 + d.Day : null;

        /// <summary>Sets the date and entity fields (after <see cref="Set"/>, which drops the previous document's).</summary>
        public void SetFacets(DateOnly? published, string entityKeys)
        {
            _month.SetInt64Value(published is { } p ? p.Year * 100 + p.Month : 0);
            if (Day(published) is { } day)
            {
                Document.Add(new Int32Field("day", day, Field.Store.NO));
            }

            foreach (var key in entityKeys.Split('\u001f', StringSplitOptions.RemoveEmptyEntries))
            {
                Document.Add(new StringField("entity", key, Field.Store.NO));
            }
        }

        public string Key { get; private set; } = "";

        public void Set(long id, string title, string body, string outlet)
        {
            Key = id.ToString(CultureInfo.InvariantCulture);
            _key.SetStringValue(Key);
            _id.SetInt64Value(id);
            _title.SetStringValue(title);
            _body.SetStringValue(body);
            _outlet.SetBytesValue(new BytesRef(outlet));
            Document.RemoveFields("day");
            Document.RemoveFields("entity");
        }
    }

    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Words as FTS5's unicode61 and the snippets cut them: letters, digits, '_' and combining marks ("minister's" is two words).</summary>
    private sealed class WordTokenizer(TextReader reader) : CharTokenizer(Version, reader)
    {
        protected override bool IsTokenChar(int c) => c <= char.MaxValue ? SearchSnippet.IsWordChar((char)c) : char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0);
    }

    /// <summary>Words lower-cased, diacritics folded: as FTS5's unicode61 remove_diacritics.</summary>
    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
        }
    }

    /// <summary>
    /// Counts the outlet of every match among the allowed documents, if given (per segment by ordinal, named when the
    /// segment is done); matches of the wanted outlet, if any, are then counted by month and passed on to the ranking.
    /// </summary>
    private sealed class FacetCounter(ICollector ranking, string? outlet, IReadOnlySet<long>? allowed) : ICollector
    {
        private NumericDocValues? _ids;
        private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _months = [];
        private SortedDocValues? _values;
        private NumericDocValues? _monthValues;
        private int[] _ords = [];
        private bool[]? _wanted;

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

        public void Collect(int doc)
        {
            if (allowed is not null && !allowed.Contains(_ids?.Get(doc) ?? 0))
            {
                return;
            }

            var ord = _values?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                _ords[ord]++;
            }

            if (_wanted is not null && (ord < 0 || !_wanted[ord]))
            {
                return;
            }

            Total++;
            var month = (int)(_monthValues?.Get(doc) ?? 0);
            if (month != 0)
            {
                _months[month] = _months.GetValueOrDefault(month) + 1;
            }

            ranking.Collect(doc);
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            _values = context.AtomicReader.GetSortedDocValues("outlet");
            _monthValues = context.AtomicReader.GetNumericDocValues("month");
            _ids = allowed is null ? null : context.AtomicReader.GetNumericDocValues("id");
            _ords = new int[_values?.ValueCount ?? 0];
            _wanted = outlet is null ? null : WantedOrds();
            ranking.SetNextReader(context);
        }

        public List<FacetCount> Outlets()
        {
            Flush();
            return _outlets.Select(c => new FacetCount(c.Key, c.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
        }

        public List<FacetCount> Months() => _months.OrderBy(m => m.Key)
            .Select(m => new FacetCount($"{m.Key / 100:D4}-{m.Key % 100:D2}", m.Value)).ToList();

        /// <summary>The segment's ordinals of the wanted outlet, any case (as the store compares outlets): a few hundred names at most.</summary>
        private bool[] WantedOrds()
        {
            var wanted = new bool[_ords.Length];
            var bytes = new BytesRef();
            for (var ord = 0; ord < wanted.Length; ord++)
            {
                _values!.LookupOrd(ord, bytes);
                wanted[ord] = string.Equals(bytes.Utf8ToString(), outlet, StringComparison.OrdinalIgnoreCase);
            }

            return wanted;
        }

        private void Flush()
        {
            var bytes = new BytesRef();
            for (var ord = 0; ord < _ords.Length; ord++)
            {
                if (_ords[ord] > 0)
                {
                    _values!.LookupOrd(ord, bytes);
                    var name = bytes.Utf8ToString();
                    _outlets[name] = _outlets.GetValueOrDefault(name) + _ords[ord];
                    _ords[ord] = 0;
                }
            }
        }
    }
}

/// <summary>What narrows a document search in the index: publication days (inclusive), an outlet (any case), an entity key.</summary>
public sealed record DocumentNarrowing(DateOnly? From, DateOnly? To, string? Outlet, string? Entity)
{
    public static DocumentNarrowing None { get; } = new(null, null, null, null);

    /// <summary>Only these store documents (those reporting an event with a topic), when not null.</summary>
    public IReadOnlySet<long>? Documents { get; init; }
}

/// <summary>A ranking from the document index: best ids with scores (higher is better), total matches, outlets of all matches.</summary>
public sealed record DocumentRanking(IReadOnlyList<(long Id, float Score)> Top, int Total, IReadOnlyList<FacetCount> Outlets)
{
    /// <summary>Publication months ("2024-03") of the (narrowed) matches, in order; undated ones are not counted.</summary>
    public IReadOnlyList<FacetCount> Months { get; init; } = [];
}
