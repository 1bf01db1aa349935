using Readout.Clustering.Storylines;
using Readout.Model;
using Readout.Storage;

namespace Readout.Tests.Clustering;

public sealed class StorylineTests
{
    private static readonly Participant Valkov = new("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia");
    private static readonly Participant Larcombe = new("person:edwin-larcombe", "Edwin Larcombe", "Foreign Secretary", "Belmaria");
    private static readonly Participant Tearle = new("person:rosalind-tearle", "Rosalind Tearle", "Foreign Secretary", "Belmaria");

    private static StoredEvent Event(long id, DateOnly? date, Participant[] people, params string[] topics) => new()
    {
        Id = id,
        Kind = people.Length > 0 ? EventKind.TelephoneCall : EventKind.Statement,
        CameoCode = people.Length > 0 ? "041" : "010",
        Date = date,
        Participants = people,
        Topics = topics,
        Documents = [id],
    };

    [Fact]
    public void Events_sharing_a_treaty_form_one_storyline_in_date_order_with_the_reason_on_each_link()
    {
        var events = new[]
        {
            Event(3, new DateOnly(2024, 3, 7), [Valkov, Larcombe], "calt treaty"),
            Event(1, new DateOnly(2023, 2, 16), [Valkov, Tearle], "calt treaty"),
            Event(2, null, [], "calt treaty"),
        };

        var storyline = Assert.Single(StorylineBuilder.Build(events), s => s.Title == "calt treaty");

        Assert.Equal([1L, 3L, 2L], storyline.Events);
        Assert.Equal([new StoryLink(1, 3, "shared topic: calt treaty"), new StoryLink(3, 2, "shared topic: calt treaty")], storyline.Links);
    }

    [Fact]
    public void The_same_two_people_meeting_again_is_a_storyline_whatever_the_order_they_are_named_in()
    {
        var events = new[] { Event(1, new DateOnly(2024, 1, 5), [Valkov, Larcombe]), Event(2, new DateOnly(2024, 3, 7), [Larcombe, Valkov]) };

        var storyline = Assert.Single(StorylineBuilder.Build(events));

        Assert.Equal([1L, 2L], storyline.Events);
        Assert.StartsWith("same participants", storyline.Links[0].Reason);
    }

    [Fact]
    public void A_thread_of_one_event_is_not_a_storyline() =>
        Assert.Empty(StorylineBuilder.Build([Event(1, new DateOnly(2024, 1, 5), [Valkov, Larcombe], "fisheries")]));

    [Fact]
    public void The_store_finds_events_by_topic_and_keys_by_what_a_user_types()
    {
        using var store = SqliteStore.InMemory();
        using var tx = store.BeginTransaction();
        store.SaveEvent(Event(0, new DateOnly(2024, 3, 7), [Valkov, Larcombe], "calt treaty") with { Documents = [] });

        Assert.Equal(["topic:calt treaty"], store.FindKeys("CALT"));
        Assert.Equal(["person:andrey-valkov"], store.FindKeys("valkov"));
        Assert.Single(store.EventsWithKey("topic:calt treaty"));
    }
}
