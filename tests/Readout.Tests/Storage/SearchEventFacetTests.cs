using Readout.Model;
using Readout.Storage;

namespace Readout.Tests.Storage;

/// <summary>
/// The entity and topic facets of a search count each matching event once per participant or topic, most frequent
/// first, ties in the store's (code point) order, named by the greatest name seen: the same as a plain count.
/// </summary>
public sealed class SearchEventFacetTests
{
    private static readonly string[] Topics = ["harbour dues", "pilot licences", "grain quota", "Ärmel canal", "ferry timetable", "quay repairs"];

    private static readonly Participant[] People =
    [
        new("person:alvek-toren", "Alvek Toren", "Minister", "Velskia"),
        new("person:mira-oskan", "Mira Oskan", null, null),
        new("org:velsk-harbour-guild", "Velsk Harbour Guild", null, null),
        new("person:dovan-reth", "Dovan Reth", "Envoy", "Karskia"),
        new("person:ilse-varn", "Ilse Varn", null, null),
    ];

    [Fact]
    public void Entity_and_topic_facets_equal_a_plain_count_over_the_matching_events()
    {
        using var store = SqliteStore.InMemory();
        var saved = new List<StoredEvent>();
        using (var tx = store.BeginTransaction())
        {
            for (var i = 0; i < 40; i++)
            {
                var participants = People.Where((_, p) => (i + p) % (p + 2) == 0).ToList();
                if (i % 5 == 0)
                {
                    // A participant listed twice, under a shorter name: still one event, the greater name shown.
                    participants.Add(People[0] with { Name = "A. Toren" });
                }

                var stored = new StoredEvent
                {
                    Kind = i % 2 == 0 ? EventKind.Meeting : EventKind.Visit,
                    CameoCode = "040",
                    Place = "Velsk",
                    Participants = participants,
                    Topics = Topics.Where((_, t) => (i * 7 + t) % (t + 3) == 0).ToList(),
                    Documents = [],
                };
                saved.Add(stored with { Id = store.SaveEvent(stored) });
            }

            tx.Commit();
        }

        var results = store.Search(new SearchQuery("velsk"));

        Assert.Equal(40, results.EventsTotal);
        var entities = saved.SelectMany(e => e.Participants.Select(p => (e.Id, p.EntityKey)).Distinct())
            .GroupBy(x => x.EntityKey).Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(FacetLimits.Entities).ToList();
        var topics = saved.SelectMany(e => e.Topics.Distinct()).GroupBy(t => t).Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Take(FacetLimits.Topics).ToList();
        Assert.Equal(entities, results.Entities.Select(f => new FacetCount(f.Value, f.Count)));
        Assert.Equal(topics, results.Topics);
        Assert.Equal("Alvek Toren", results.Entities.Single(f => f.Value == "person:alvek-toren").Label);
        Assert.Equal("Mira Oskan", results.Entities.Single(f => f.Value == "person:mira-oskan").Label);
    }
}
