using Readout.Model;

namespace Readout.Tests.Events;

public sealed class TriggerDetectionTests
{
    [Theory]
    [InlineData("Dmitri Valkov spoke by telephone with Anna Korsgaard.", EventKind.TelephoneCall)]
    [InlineData("Dmitri Valkov talked by telephone with Anna Korsgaard.", EventKind.TelephoneCall)]
    [InlineData("Dmitri Valkov and Anna Korsgaard held a phone conversation.", EventKind.TelephoneCall)]
    [InlineData("Dmitri Valkov and Anna Korsgaard held a telephonic conversation.", EventKind.TelephoneCall)]
    [InlineData("Dmitri Valkov and Anna Korsgaard discussed trade in a phone call.", EventKind.TelephoneCall)]
    [InlineData("Dmitri Valkov and Anna Korsgaard held phone talks.", EventKind.TelephoneCall)]
    [InlineData("Dmitri Valkov and Anna Korsgaard held a video conference.", EventKind.VideoCall)]
    [InlineData("Dmitri Valkov and Anna Korsgaard spoke in a videoconference.", EventKind.VideoCall)]
    [InlineData("Dmitri Valkov met with Anna Korsgaard.", EventKind.Meeting)]
    [InlineData("Dmitri Valkov held talks with Anna Korsgaard.", EventKind.Talks)]
    [InlineData("Dmitri Valkov visited Kessel where he saw Anna Korsgaard.", EventKind.Visit)]
    [InlineData("Dmitri Valkov arrived in Kessel on an official visit to see Anna Korsgaard.", EventKind.Visit)]
    [InlineData("Dmitri Valkov and Anna Korsgaard adopted a joint statement.", EventKind.JointStatement)]
    [InlineData("Dmitri Valkov and Anna Korsgaard signed an agreement on fisheries.", EventKind.AgreementSigned)]
    [InlineData("Dmitri Valkov and Anna Korsgaard signed the Northern Waters Accord treaty.", EventKind.AgreementSigned)]
    [InlineData("Dmitri Valkov said in a statement that Anna Korsgaard is right.", EventKind.Statement)]
    public void A_trigger_phrase_gives_its_kind(string body, EventKind expected)
    {
        var events = new DocumentFixture(body) { Published = new DateOnly(2024, 3, 3) }.WithCast().Detect();

        Assert.Equal(expected, Assert.Single(events).Kind);
    }

    [Fact]
    public void A_press_release_on_a_call_reports_the_call_not_a_statement()
    {
        var events = Scenario.Readout().Detect();

        Assert.Equal(EventKind.TelephoneCall, events[0].Kind);
    }

    [Fact]
    public void A_document_that_only_states_reports_a_statement()
    {
        var events = Scenario.StatementOnTopic().Detect();

        Assert.Equal(EventKind.Statement, Assert.Single(events).Kind);
    }

    [Theory]
    [InlineData("Dmitri Valkov is due to hold talks with Pieter Haas on Tuesday.")]
    [InlineData("Dmitri Valkov is expected to meet Pieter Haas in Kessel.")]
    [InlineData("Dmitri Valkov and Pieter Haas are set to sign an agreement on fisheries.")]
    public void Talks_someone_is_due_or_expected_to_hold_have_not_happened(string body)
    {
        var events = new DocumentFixture(body) { Published = new DateOnly(2024, 3, 3) }.WithCast().Detect();

        Assert.Empty(events);
    }

    [Fact]
    public void A_planned_meeting_is_not_an_event()
    {
        var events = new DocumentFixture("The ministers Dmitri Valkov and Pieter Haas agreed to hold a meeting in Kessel next month.")
        { Published = new DateOnly(2024, 3, 3) }.WithCast().Detect();

        Assert.Empty(events);
    }

    [Fact]
    public void The_planned_meeting_in_a_readout_is_not_reported_beside_the_call()
    {
        var events = Scenario.Readout().Detect();

        Assert.DoesNotContain(events, e => e.Kind == EventKind.Meeting);
    }

    [Fact]
    public void A_text_without_triggers_reports_nothing()
    {
        var events = new DocumentFixture("Dmitri Valkov praised the fisheries cooperation with Belmaria.").WithCast().Detect();

        Assert.Empty(events);
    }

    [Fact]
    public void The_evidence_is_the_sentence_that_reports_the_main_event()
    {
        var doc = Scenario.Readout();
        var main = doc.Detect()[0];

        Assert.Equal(
            "On March 3, Ostravian Foreign Minister Dmitri Valkov spoke by telephone with Belmarian Foreign Secretary Anna Korsgaard.",
            main.Evidence.Slice(doc.Body));
    }

    [Fact]
    public void A_back_referenced_call_between_other_people_is_a_separate_event()
    {
        var events = Scenario.Readout().Detect();

        var presidents = Assert.Single(events, e => e.Participants.Any(p => p.EntityKey == Scenario.Marek));
        Assert.Equal(EventKind.TelephoneCall, presidents.Kind);
        Assert.Equal([Scenario.Marek, Scenario.Brandt], presidents.Participants.Select(p => p.EntityKey));
        Assert.DoesNotContain(events[0].Participants, p => p.EntityKey == Scenario.Marek);
    }

    [Fact]
    public void A_third_partys_comment_is_a_statement_whose_speaker_is_not_in_the_call()
    {
        var events = Scenario.ThirdPartyComment().Detect();

        var statement = events[0];
        Assert.Equal(EventKind.Statement, statement.Kind);
        Assert.Equal([Scenario.Haas], statement.Participants.Select(p => p.EntityKey));
        Assert.DoesNotContain(events, e => e.Kind == EventKind.TelephoneCall && e.Participants.Any(p => p.EntityKey == Scenario.Haas));
    }
}
