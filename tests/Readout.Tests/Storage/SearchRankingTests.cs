using Readout.Model;
using Readout.Storage;

namespace Readout.Tests.Storage;

/// <summary>Search stays bounded on a large store: counts exact, ranking and facets over the best matches.</summary>
public sealed class SearchRankingTests
{
    private static AnalyzedDocument Document(string body, string? title = null, string? outlet = null) =>
        new(
            new RawDocument("ostravia/wire.txt", null, SourceFormat.Text, body, Readout.Ingest.ContentHash.Of(body), DocumentHints.None),
            new Article { Path = "ostravia/wire.txt", Title = title, Outlet = outlet, Body = body, Role = SourceRole.MediaReport },
            Annotations.Empty,
            []);

    private static SqliteStore Store(params AnalyzedDocument[] documents)
    {
        var store = SqliteStore.InMemory();
        using var tx = store.BeginTransaction();
        foreach (var document in documents)
        {
            store.AddDocument(document);
        }

        tx.Commit();
        return store;
    }

    /// <summary>More matches than are ranked: the oldest document, with the word in its title, is stored first.</summary>
    private static SqliteStore CommonWordStore() => Store([
        Document("The Ostravian harbour authority signed the accord.", title: "Harbour accord signed in Ostravia"),
        .. Enumerable.Range(0, SearchWindow.RankedMatches + 100)
            .Select(i => Document($"Dock workers met on day {i} and spoke of the harbour and of wages, grain and weather.", outlet: $"Wire {i % 3}")),
    ]);

    [Fact]
    public void A_common_word_keeps_an_exact_count_and_an_old_title_match_on_top()
    {
        using var store = CommonWordStore();

        var results = store.Search(new SearchQuery("harbour"));

        Assert.Equal(SearchWindow.RankedMatches + 101, results.Documents.Total);
        Assert.Equal("Harbour accord signed in Ostravia", results.Documents.Items[0].Document.Title);
        Assert.Contains(SearchMarkers.Open, results.Documents.Items[0].Snippet);
        Assert.Equal(20, results.Documents.Items.Count);
    }

    [Fact]
    public void Facets_of_a_common_word_count_the_best_matches_and_say_how_many()
    {
        using var store = CommonWordStore();

        var results = store.Search(new SearchQuery("harbour"));

        Assert.Equal(SearchWindow.Documents, results.DocumentsCounted);
        Assert.Equal(SearchWindow.Documents, results.Outlets.Sum(f => f.Count));
    }

    [Fact]
    public void Paging_past_the_facet_window_still_finds_ranked_hits()
    {
        using var store = CommonWordStore();

        var page = store.Search(new SearchQuery("harbour") { Offset = SearchWindow.Documents + 40, Limit = 20 }).Documents.Items;

        Assert.Equal(20, page.Count);
        Assert.True(page.Zip(page.Skip(1)).All(p => p.First.Rank <= p.Second.Rank));
    }

    [Fact]
    public void Facets_of_a_rare_word_cover_every_match()
    {
        using var store = Store(
            Document("Minister Valkov visited the Brenmark strait.", outlet: "Ostravia Post"),
            Document("Valkov returned from the strait on Tuesday.", outlet: "Ostravia Post"),
            Document("The strait stayed closed, Valkov said.", outlet: "Brenmark Daily"),
            Document("Grain prices rose in the capital.", outlet: "Brenmark Daily"));

        var results = store.Search(new SearchQuery("valkov"));

        Assert.Equal(3, results.Documents.Total);
        Assert.Equal(3, results.DocumentsCounted);
        Assert.Equal([new FacetCount("Ostravia Post", 2), new FacetCount("Brenmark Daily", 1)], results.Outlets);
    }

    [Fact]
    public void Narrowing_by_outlet_counts_and_ranks_only_that_outlet()
    {
        using var store = Store(
            Document("Valkov visited the strait.", outlet: "Ostravia Post"),
            Document("Valkov returned from the strait.", outlet: "Brenmark Daily"));

        var results = store.Search(new SearchQuery("strait") { Outlet = "brenmark daily" });

        Assert.Equal(1, results.Documents.Total);
        Assert.Equal("Brenmark Daily", Assert.Single(results.Documents.Items).Document.Outlet);
        Assert.Contains(SearchMarkers.Open, results.Documents.Items[0].Snippet);
    }
}
