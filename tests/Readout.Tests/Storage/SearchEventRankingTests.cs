using Readout.Model;
using Readout.Storage;

namespace Readout.Tests.Storage;

/// <summary>
/// The events half of a search: events matching by their own text rank before events reached through matching
/// documents, and a word found in more events than are ranked is ranked over the most recent ones only.
/// </summary>
public sealed class SearchEventRankingTests
{
    private static AnalyzedDocument Document(string body) =>
        new(
            new RawDocument("velsk/wire.txt", null, SourceFormat.Text, body, Readout.Ingest.ContentHash.Of(body), DocumentHints.None),
            new Article { Path = "velsk/wire.txt", Body = body, Role = SourceRole.MediaReport },
            Annotations.Empty,
            []);

    private static StoredEvent Event(EventKind kind, string place, params long[] documents) =>
        new() { Kind = kind, CameoCode = "040", Place = place, Topics = [], Documents = [.. documents] };

    [Fact]
    public void Own_matches_rank_before_matches_through_documents_and_keep_their_own_rank()
    {
        using var store = SqliteStore.InMemory();
        long throughReport, own, both;
        using (var tx = store.BeginTransaction())
        {
            var report = store.AddDocument(Document("The ferry to Karsk sailed at dawn."));
            var other = store.AddDocument(Document("Grain prices rose in Velsk."));
            throughReport = store.SaveEvent(Event(EventKind.Meeting, "Velsk", report));
            own = store.SaveEvent(Event(EventKind.Visit, "Karsk", other));
            both = store.SaveEvent(Event(EventKind.Visit, "Karsk harbour", report));
            tx.Commit();
        }

        var results = store.Search(new SearchQuery("karsk"));

        Assert.Equal(3, results.EventsTotal);
        Assert.Equal([own, both], results.Events.Take(2).Select(e => e.Event.Id).Order());
        Assert.Equal(throughReport, results.Events[2].Event.Id);
        Assert.All(results.Events.Take(2), e => Assert.Contains(SearchMarkers.Open, e.Snippet ?? ""));
        Assert.Null(results.Events[2].Snippet);
        Assert.Equal([new FacetCount(nameof(EventKind.Visit), 2), new FacetCount(nameof(EventKind.Meeting), 1)], results.Kinds);
    }

    [Fact]
    public void A_word_in_more_events_than_are_ranked_is_ranked_over_the_most_recent_ones()
    {
        using var store = SqliteStore.InMemory();
        long oldest;
        using (var tx = store.BeginTransaction())
        {
            var report = store.AddDocument(Document("A quiet day on the coast."));
            // The best own match of all (the word twice, a short text), but the oldest.
            oldest = store.SaveEvent(Event(EventKind.Visit, "Brenport Brenport", report));
            for (var i = 0; i < SearchWindow.RankedMatches + 50; i++)
            {
                store.SaveEvent(Event(EventKind.Meeting, $"Brenport pier number {i} of the eastern quay", report));
            }

            tx.Commit();
        }

        var results = store.Search(new SearchQuery("brenport") { Limit = 5 });

        Assert.Equal(500, results.EventsTotal);
        Assert.DoesNotContain(results.Events, e => e.Event.Id == oldest);
        Assert.All(results.Events, e => Assert.Equal(EventKind.Meeting, e.Event.Kind));
        Assert.Equal(results.Events.OrderBy(e => e.Rank).ThenBy(e => e.Event.Id).Select(e => e.Event.Id), results.Events.Select(e => e.Event.Id));
    }
}
