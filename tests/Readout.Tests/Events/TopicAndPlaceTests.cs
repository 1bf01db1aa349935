using Readout.Model;

namespace Readout.Tests.Events;

public sealed class TopicAndPlaceTests
{
    [Fact]
    public void Treaties_mentioned_anywhere_are_topics()
    {
        Assert.Contains("northern waters accord", Scenario.Readout().Detect()[0].Topics);
    }

    [Fact]
    public void A_repeated_noun_phrase_is_a_topic()
    {
        Assert.Contains("fisheries quotas", Scenario.Readout().Detect()[0].Topics);
    }

    [Fact]
    public void An_unannotated_capitalised_name_is_a_topic()
    {
        Assert.Contains("grey sea", Scenario.Readout().Detect()[0].Topics);
    }

    [Fact]
    public void Topics_are_few_lowercase_and_without_roles_or_dates()
    {
        var topics = Scenario.Readout().Detect()[0].Topics;

        Assert.InRange(topics.Count, 1, 6);
        Assert.All(topics, t => Assert.Equal(t.ToLowerInvariant(), t));
        Assert.DoesNotContain(topics, t => t.Contains("minister", StringComparison.Ordinal) || t.Contains("march", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_names_joined_by_and_are_not_one_topic()
    {
        var doc = new DocumentFixture("""
            On March 3, Foreign Minister Dmitri Valkov spoke by telephone with Foreign Secretary Anna Korsgaard.
            The ministers discussed the ferry line between Norvik and Port Selma and the work of the Ostravian and Belmarian missions.
            They agreed that the ferry line between Norvik and Port Selma should reopen.
            """) { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03");

        var topics = doc.Detect()[0].Topics;

        Assert.DoesNotContain(topics, t => t.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains("port selma", topics);
    }

    [Fact]
    public void An_and_inside_a_titled_name_keeps_the_name_whole()
    {
        var doc = new DocumentFixture("""
            On March 3, Foreign Minister Dmitri Valkov spoke by telephone with Foreign Secretary Anna Korsgaard.
            They agreed to resume the Dialogue on Use of Maritime Data and Coastal Surveys.
            """) { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03");

        Assert.Contains("dialogue on use of maritime data and coastal surveys", doc.Detect()[0].Topics);
    }

    [Fact]
    public void A_call_has_no_place_even_with_a_dateline()
    {
        Assert.Null(Scenario.WireReport().Detect()[0].Place);
    }

    [Fact]
    public void A_meeting_takes_place_in_the_place_its_sentence_names()
    {
        var doc = new DocumentFixture("On March 3, Dmitri Valkov met with Anna Korsgaard in Kessel.")
        { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03");

        var main = Assert.Single(doc.Detect());

        Assert.Equal(EventKind.Meeting, main.Kind);
        Assert.Equal("Kessel", main.Place);
    }
}
