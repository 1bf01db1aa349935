using Readout.Model;

namespace Readout.Tests.Events;

public sealed class ParticipantTests
{
    [Fact]
    public void Both_sides_of_a_call_take_part()
    {
        var main = Scenario.Readout().Detect()[0];

        Assert.Equal([Scenario.Valkov, Scenario.Korsgaard], main.Participants.Select(p => p.EntityKey));
    }

    [Fact]
    public void Role_and_country_come_from_the_entity()
    {
        var valkov = Scenario.Readout().Detect()[0].Participants[0];

        Assert.Equal(new Participant(Scenario.Valkov, "Dmitri Valkov", "Foreign Minister", "Ostravia"), valkov);
    }

    [Fact]
    public void A_transliteration_variant_is_the_same_participant()
    {
        var main = Scenario.WireReport().Detect()[0];

        Assert.Contains(main.Participants, p => p.EntityKey == Scenario.Valkov);
    }

    [Fact]
    public void A_headline_like_sentence_adds_the_people_the_title_names()
    {
        // The lede names only one side; the title names both by surname.
        var doc = new DocumentFixture("Dmitri Valkov spoke by telephone with his Belmarian counterpart.\n\nAnna Korsgaard raised fisheries quotas.")
        {
            Title = "Valkov and Korsgaard talk by phone",
            Published = new DateOnly(2024, 3, 3),
        }.WithCast();

        var main = doc.Detect()[0];

        Assert.Equal([Scenario.Valkov, Scenario.Korsgaard], main.Participants.Select(p => p.EntityKey));
    }

    [Fact]
    public void A_retold_main_event_is_not_reported_twice()
    {
        var events = Scenario.WireReport().Detect();

        Assert.Single(events);
    }

    [Fact]
    public void A_history_mention_without_named_people_is_skipped()
    {
        var doc = new DocumentFixture("""
            On March 3, Dmitri Valkov spoke by telephone with Anna Korsgaard.
            As a follow-up on the telephone conversations between the Presidents on February 9, 10 and 11, the ministers discussed fisheries.
            """) { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03").Time("February 9", "2024-02-09");

        Assert.Single(doc.Detect());
    }

    [Fact]
    public void A_person_only_talked_about_is_not_a_party_to_a_call_between_officials()
    {
        var doc = new DocumentFixture("Dmitri Valkov spoke by telephone with Anna Korsgaard about the Pavel Orlik case on Sunday.")
        {
            Published = new DateOnly(2024, 3, 3),
        }
            .Person(Scenario.Valkov, "Dmitri Valkov", "Foreign Minister", "Ostravia")
            .Person(Scenario.Korsgaard, "Anna Korsgaard", "Foreign Secretary", "Belmaria")
            .Person("person:pavel-orlik", "Pavel Orlik", null, null);

        var main = doc.Detect()[0];

        Assert.Equal([Scenario.Valkov, Scenario.Korsgaard], main.Participants.Select(p => p.EntityKey));
    }
}
