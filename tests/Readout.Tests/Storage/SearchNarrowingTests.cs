using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using Readout.Model;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>
/// Search narrowed by publication dates, outlet and person/organisation gives the same documents and month facet
/// whether the Lucene index (a server) or FTS5 (any other store) answers; an index made before its date and
/// entity fields existed is rebuilt rather than silently finding nothing.
/// </summary>
public sealed class SearchNarrowingTests : IDisposable
{
    private const string Toren = "person:alvek-toren";
    private const string Guild = "org:velsk-harbour-guild";

    private readonly TempDatabase _database = new();

    private string _path => _database.Path;

    private static AnalyzedDocument Report(int i, DateOnly? published, string outlet, params string[] entities) =>
        Report($"Report {i}: the harbour of Velsk reopened after the inspection.", published, outlet, entities);

    private static AnalyzedDocument Report(string body, DateOnly? published, string outlet, params string[] entities) =>
        new(
            new RawDocument("velsk/wire.txt", null, SourceFormat.Text, body, Readout.Ingest.ContentHash.Of(body), DocumentHints.None),
            new Article
            {
                Path = "velsk/wire.txt",
                Body = body,
                Outlet = outlet,
                Role = SourceRole.MediaReport,
                Published = published is { } p ? new DateEvidence(p, DateSource.MetaTag, 1) : null,
            },
            new Annotations([], entities.Select(key => new Entity(key, key.StartsWith("org:", StringComparison.Ordinal) ? MentionKind.Organization : MentionKind.Person, key)).ToList(), []),
            []);

    /// <summary>
    /// Reports over three months, two outlets, some naming the minister or the guild, one undated; every fourth
    /// reports an inspection (topic "harbour dues"), every seventh a meeting (topic "pilot licences").
    /// </summary>
    private void IngestReports()
    {
        using var store = SqliteStore.Open(_path);
        using var tx = store.BeginTransaction();
        var day = new DateOnly(2024, 2, 20);
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            var entities = (i % 3, i % 5) switch
            {
                (0, 0) => new[] { Toren, Guild },
                (0, _) => [Toren],
                (_, 0) => [Guild],
                _ => [],
            };
            ids.Add(store.AddDocument(Report(i, i == 29 ? null : day.AddDays(i * 2), i % 2 == 0 ? "Brenmark Daily" : "Ostravia Post", entities)));
        }

        store.SaveEvent(new StoredEvent { Kind = EventKind.Visit, CameoCode = "042", Topics = ["harbour dues"], Documents = ids.Where((_, i) => i % 4 == 0).ToList() });
        store.SaveEvent(new StoredEvent { Kind = EventKind.Meeting, CameoCode = "043", Topics = ["pilot licences"], Documents = ids.Where((_, i) => i % 7 == 0).ToList() });

        tx.Commit();
    }

    public static TheoryData<SearchQuery> Narrowings() => new()
    {
        new SearchQuery("harbour") { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31) },
        new SearchQuery("harbour") { From = new DateOnly(2024, 3, 10) },
        new SearchQuery("harbour") { To = new DateOnly(2024, 2, 29) },
        new SearchQuery("harbour") { Entity = Toren },
        new SearchQuery("harbour") { Entity = Guild, Outlet = "brenmark daily" },
        new SearchQuery("harbour") { Entity = Toren, From = new DateOnly(2024, 3, 1), Outlet = "OSTRAVIA POST" },
        new SearchQuery("harbour") { Topic = "harbour dues" },
        new SearchQuery("harbour") { Topic = "pilot licences", Outlet = "Brenmark Daily", To = new DateOnly(2024, 3, 31) },
    };

    [Theory]
    [MemberData(nameof(Narrowings))]
    public void The_index_and_fts5_narrow_to_the_same_documents(SearchQuery query)
    {
        IngestReports();
        using var plain = SqliteStore.Open(_path);
        using var server = SqliteStore.OpenPooled(_path);

        var expected = plain.Search(query with { Limit = 100 });
        var indexed = server.Search(query with { Limit = 100 });

        Assert.NotNull(server.DocumentIndex);
        Assert.InRange(expected.Documents.Total, 1, 29);
        Assert.Equal(expected.Documents.Total, indexed.Documents.Total);
        Assert.Equal(Ids(expected), Ids(indexed));
        Assert.All(indexed.Documents.Items, h => Assert.True(
            (query.From is null || h.Document.Published >= query.From) && (query.To is null || h.Document.Published <= query.To)));
        Assert.Equal(indexed.Documents.Total, indexed.Months.Sum(m => m.Count));
    }

    [Fact]
    public void Months_count_every_dated_match_oldest_first_and_outlets_ignore_the_outlet_picked()
    {
        IngestReports();
        using var server = SqliteStore.OpenPooled(_path);

        var results = server.Search(new SearchQuery("harbour") { Outlet = "Ostravia Post" });

        Assert.Equal(15, results.Documents.Total);
        Assert.Equal([new FacetCount("2024-02", 2), new FacetCount("2024-03", 8), new FacetCount("2024-04", 4)], results.Months);
        Assert.Equal([new FacetCount("Brenmark Daily", 15), new FacetCount("Ostravia Post", 15)], results.Outlets);
    }

    [Fact]
    public void An_index_made_before_the_date_and_entity_fields_is_rebuilt_on_open()
    {
        IngestReports();
        WriteFirstSchemaIndex();

        using var server = SqliteStore.OpenPooled(_path);
        var results = server.Search(new SearchQuery("harbour") { Entity = Toren });

        Assert.Equal(10, results.Documents.Total);
        Assert.NotEmpty(results.Months);
    }

    /// <summary>The index as the first version wrote it: text and outlet only, current by id and hash, no schema mark.</summary>
    private void WriteFirstSchemaIndex()
    {
        var (lastId, lastHash) = (0L, "");
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=false"))
        {
            connection.Open();
            using var last = connection.CreateCommand();
            last.CommandText = "SELECT id, hash FROM documents ORDER BY id DESC LIMIT 1";
            using var reader = last.ExecuteReader();
            reader.Read();
            (lastId, lastHash) = (reader.GetInt64(0), reader.GetString(1));
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(LuceneDocumentIndex.FolderOf(_path));
        using var analyzer = new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        for (var id = 1L; id <= lastId; id++)
        {
            writer.AddDocument([
                new StringField("key", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                new NumericDocValuesField("id", id),
                new TextField("body", "harbour", Field.Store.NO),
                new SortedDocValuesField("outlet", new BytesRef("Brenmark Daily")),
            ]);
        }

        writer.SetCommitData(new Dictionary<string, string> { ["last_id"] = lastId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["last_hash"] = lastHash });
        writer.Commit();
    }

    private static List<long> Ids(SearchResults results) => results.Documents.Items.Select(h => h.Document.Id).Order().ToList();

    public void Dispose() => _database.Dispose();
}
