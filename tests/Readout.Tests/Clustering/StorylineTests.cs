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
        Assert.Equal(
            [new StoryLink(1, 3, "shared topic: calt treaty; same participant: Andrey Valkov"), new StoryLink(3, 2, "shared topic: calt treaty")],
            storyline.Links);
    }

    [Fact]
    public void A_link_names_every_topic_and_person_the_two_events_share()
    {
        var earlier = Event(1, new DateOnly(2024, 1, 5), [Valkov, Larcombe], "calt treaty", "fisheries quotas", "grey sea");
        var later = Event(2, new DateOnly(2024, 3, 7), [Larcombe, Valkov], "grey sea", "calt treaty");

        Assert.Equal("shared topics: calt treaty, grey sea; same participants: Andrey Valkov, Edwin Larcombe", StoryLinkReason.Of(earlier, later));
    }

    [Fact]
    public void A_topic_found_only_beside_a_broader_one_is_no_storyline_of_its_own()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2023, 2, 16), [Valkov, Tearle], "calt treaty"),
            Event(2, new DateOnly(2024, 3, 7), [Valkov, Larcombe], "calt treaty", "harbour protocol"),
            Event(3, new DateOnly(2024, 5, 2), [], "calt treaty", "harbour protocol"),
        };

        var storyline = Assert.Single(StorylineBuilder.Build(events));

        Assert.Equal("calt treaty", storyline.Title);
        Assert.Contains("harbour protocol", storyline.Links[1].Reason);
    }

    [Fact]
    public void Two_topics_on_the_same_events_give_one_storyline_named_by_the_topic_the_events_list_first()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2024, 1, 5), [Valkov, Tearle], "calt treaty", "arms control"),
            Event(2, new DateOnly(2024, 3, 7), [], "calt treaty", "arms control"),
        };

        Assert.Equal("calt treaty", Assert.Single(StorylineBuilder.Build(events)).Title);
    }

    [Fact]
    public void The_same_pair_meeting_again_stays_a_storyline_inside_a_topic_storyline()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2023, 2, 16), [Valkov, Tearle], "calt treaty"),
            Event(2, new DateOnly(2024, 3, 7), [Valkov, Larcombe], "calt treaty"),
            Event(3, new DateOnly(2024, 5, 2), [Valkov, Larcombe], "calt treaty"),
        };

        var titles = StorylineBuilder.Build(events).Select(s => s.Title).ToList();

        Assert.Equal(["calt treaty", "Andrey Valkov – Edwin Larcombe"], titles);
    }

    [Fact]
    public void Look_alike_events_that_share_no_topic_and_no_pair_are_not_linked()
    {
        // Same minister, same kind, a year apart, other counterpart, other subject: two threads of one event each.
        var events = new[]
        {
            Event(1, new DateOnly(2023, 2, 16), [Valkov, Tearle], "fisheries quotas"),
            Event(2, new DateOnly(2024, 2, 16), [Valkov, Larcombe], "harbour protocol"),
        };

        Assert.Empty(StorylineBuilder.Build(events));
    }

    [Fact]
    public void A_topic_storyline_is_titled_as_the_sources_write_the_topic_and_a_pair_by_its_names()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2023, 2, 16), [Valkov, Larcombe], "calt treaty"),
            Event(2, new DateOnly(2024, 3, 7), [Valkov, Larcombe], "calt treaty"),
        };

        var titles = StorylineBuilder.Build(events, topic => topic == "calt treaty" ? "Coastal Arms Limitation Treaty" : topic).Select(s => s.Title);

        Assert.Equal(["Andrey Valkov – Edwin Larcombe", "Coastal Arms Limitation Treaty"], titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_storyline_links_events_sharing_nothing_else_with_the_query_as_reason()
    {
        var storyline = StorylineBuilder.Of(
            "org:coastal-states-forum", "Coastal States Forum",
            [Event(2, new DateOnly(2024, 3, 7), [Valkov, Larcombe], "calt treaty"), Event(1, new DateOnly(2023, 2, 16), [], "fisheries quotas")],
            fallback: "sources naming Coastal States Forum");

        Assert.Equal([new StoryLink(1, 2, "sources naming Coastal States Forum")], storyline.Links);
    }

    [Fact]
    public void The_same_two_people_meeting_again_is_a_storyline_whatever_the_order_they_are_named_in()
    {
        var events = new[] { Event(1, new DateOnly(2024, 1, 5), [Valkov, Larcombe]), Event(2, new DateOnly(2024, 3, 7), [Larcombe, Valkov]) };

        var storyline = Assert.Single(StorylineBuilder.Build(events));

        Assert.Equal([1L, 2L], storyline.Events);
        Assert.StartsWith("same participants", storyline.Links[0].Reason);
    }

    private static readonly Participant Reinholt = new("person:tomas-reinholt", "Tomas Reinholt", "Foreign Minister", "Karvonia");
    private static readonly Participant Oduya = new("person:mara-oduya", "Mara Oduya", "Foreign Minister", "Tessarin");

    [Fact]
    public void A_generic_topic_most_events_carry_makes_no_storyline_on_its_own()
    {
        // Four calls between four different pairs on four different subjects: "arms control" is all they share.
        var events = new[]
        {
            Event(1, new DateOnly(2024, 1, 5), [Valkov, Tearle], "fisheries quotas", "arms control"),
            Event(2, new DateOnly(2024, 2, 5), [Larcombe, Reinholt], "harbour protocol", "arms control"),
            Event(3, new DateOnly(2024, 3, 5), [Oduya], "ferry line", "arms control"),
            Event(4, new DateOnly(2024, 4, 5), [], "grey sea", "arms control"),
        };

        Assert.Empty(StorylineBuilder.Build(events));
    }

    [Fact]
    public void A_topic_spanning_two_separate_treaty_stories_does_not_join_them()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2024, 1, 5), [Valkov, Tearle], "calt treaty"),
            Event(2, new DateOnly(2024, 2, 5), [Valkov, Larcombe], "calt treaty", "arms control"),
            Event(3, new DateOnly(2024, 3, 5), [Reinholt, Oduya], "grey sea accord"),
            Event(4, null, [], "grey sea accord", "arms control"),
            Event(5, new DateOnly(2024, 4, 5), [Oduya], "ferry line"),
        };

        var titles = StorylineBuilder.Build(events).Select(s => s.Title).Order(StringComparer.Ordinal);

        Assert.Equal(["calt treaty", "grey sea accord"], titles);
    }

    [Fact]
    public void A_specific_treaty_few_events_carry_links_them_alone()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2024, 1, 5), [Valkov, Tearle], "calt treaty", "arms control"),
            Event(2, new DateOnly(2024, 2, 5), [Larcombe, Reinholt], "harbour protocol", "arms control"),
            Event(3, new DateOnly(2024, 3, 5), [Oduya], "ferry line", "arms control"),
            Event(4, new DateOnly(2024, 4, 5), [], "grey sea", "arms control"),
            Event(5, null, [], "calt treaty"),
        };

        var storyline = Assert.Single(StorylineBuilder.Build(events));

        Assert.Equal([1L, 5L], storyline.Events);
        Assert.Equal("shared topic: calt treaty", storyline.Links[0].Reason);
    }

    [Fact]
    public void A_generic_topic_links_events_that_also_share_a_participant_and_the_reason_names_both()
    {
        var events = new[]
        {
            Event(1, new DateOnly(2024, 1, 5), [Valkov, Tearle], "fisheries quotas", "arms control"),
            Event(2, new DateOnly(2024, 2, 5), [Larcombe, Reinholt], "harbour protocol", "arms control"),
            Event(3, new DateOnly(2024, 3, 5), [Valkov, Oduya], "ferry line", "arms control"),
            Event(4, new DateOnly(2024, 4, 5), [], "grey sea", "arms control"),
        };

        var storyline = Assert.Single(StorylineBuilder.Build(events));

        Assert.Equal("arms control", storyline.Title);
        Assert.Equal([new StoryLink(1, 3, "shared topic: arms control; same participant: Andrey Valkov")], storyline.Links);
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
