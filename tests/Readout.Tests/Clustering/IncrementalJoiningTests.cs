using Readout.Clustering;
using Readout.Model;
using Readout.Tests.Events;

namespace Readout.Tests.Clustering;

public sealed class IncrementalJoiningTests
{
    private static readonly Participant Valkov = new(Scenario.Valkov, "Dmitri Valkov", "Foreign Minister", "Ostravia");
    private static readonly Participant Korsgaard = new(Scenario.Korsgaard, "Anna Korsgaard", "Foreign Secretary", "Belmaria");
    private static readonly Participant Haas = new(Scenario.Haas, "Pieter Haas", "Foreign Minister", "Veldland");

    private static EventMention Call(DateOnly? date, IReadOnlyList<string> topics, params Participant[] people) =>
        new(EventKind.TelephoneCall, "041", date, null, new TextSpan(0, 1), people, null, topics);

    private static DocumentRef Doc(long id, int day, SourceRole role = SourceRole.MediaReport, bool attributed = true) =>
        new(id, $"doc{id}.txt", new DateOnly(2024, 3, day), role, attributed);

    [Fact]
    public void A_new_event_has_id_zero_and_its_document_as_primary()
    {
        var assignment = Assert.Single(new EventClusterer().Assign(Doc(5, 3), [Call(new(2024, 3, 3), [], Valkov, Korsgaard)], new InMemoryEventIndex()));

        Assert.True(assignment.IsNew);
        Assert.Equal(0, assignment.Event.Id);
        Assert.Equal([5L], assignment.Event.Documents);
        Assert.Equal(5, assignment.Event.Primary);
        Assert.Equal("041", assignment.Event.CameoCode);
    }

    [Fact]
    public void Joining_keeps_the_id_and_appends_the_document()
    {
        var run = new ClusteringHarness();
        var first = run.Add(Doc(1, 3), [Call(new(2024, 3, 3), [], Valkov, Korsgaard)]).Saved[0];

        var assignment = run.Add(Doc(2, 4), [Call(new(2024, 3, 3), [], Valkov, Korsgaard)]).Assignments[0];

        Assert.False(assignment.IsNew);
        Assert.Equal(first.Id, assignment.Event.Id);
        Assert.Equal([1L, 2L], assignment.Event.Documents);
    }

    [Fact]
    public void Joining_fills_missing_roles_countries_and_date_and_merges_topics()
    {
        var run = new ClusteringHarness();
        var bare = new Participant(Scenario.Valkov, "Valkoff", null, null);
        run.Add(Doc(1, 4), [Call(null, ["fisheries quotas"], bare, Korsgaard)]);

        var joined = run.Add(Doc(2, 4), [Call(new(2024, 3, 3), ["northern waters accord", "fisheries quotas"], Valkov, Korsgaard)]).Saved[0];

        Assert.Equal(new DateOnly(2024, 3, 3), joined.Date);
        Assert.Equal("Foreign Minister", joined.Participants[0].Role);
        Assert.Equal("Ostravia", joined.Participants[0].Country);
        Assert.Equal(["fisheries quotas", "northern waters accord"], joined.Topics);
    }

    [Fact]
    public void A_report_naming_both_sides_joins_a_call_whose_report_named_a_third()
    {
        var run = new ClusteringHarness();
        var first = run.Add(Doc(1, 3), [Call(new(2024, 3, 3), [], Valkov, Korsgaard, Haas)]).Saved[0];

        var second = run.Add(Doc(2, 3), [Call(new(2024, 3, 4), [], Valkov, Korsgaard)]).Saved[0];

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void One_shared_person_is_too_little_for_an_undated_report()
    {
        var run = new ClusteringHarness();
        var first = run.Add(Doc(1, 3), [Call(new(2024, 3, 3), [], Valkov)]).Saved[0];

        var second = run.Add(Doc(2, 3), [Call(null, [], Valkov)]).Saved[0];

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void A_report_that_fits_two_events_equally_joins_neither()
    {
        var run = new ClusteringHarness();
        run.Add(Doc(1, 3, SourceRole.Official, false), [Call(new(2024, 3, 3), [], Valkov, Korsgaard)]);
        run.Add(Doc(2, 3, SourceRole.Official, false), [Call(new(2024, 3, 3), [], Valkov, Haas)]);

        var ambiguous = run.Add(Doc(3, 3), [Call(new(2024, 3, 3), [], Valkov)]).Assignments[0];

        Assert.True(ambiguous.IsNew);
    }

    [Fact]
    public void Topics_break_a_tie_between_two_candidates()
    {
        var run = new ClusteringHarness();
        run.Add(Doc(1, 3, SourceRole.Official, false), [Call(new(2024, 3, 3), ["fisheries quotas"], Valkov, Korsgaard)]);
        var haasCall = run.Add(Doc(2, 3, SourceRole.Official, false), [Call(new(2024, 3, 3), ["border crossings"], Valkov, Haas)]).Saved[0];

        var joined = run.Add(Doc(3, 3), [Call(new(2024, 3, 3), ["border crossings"], Valkov)]).Saved[0];

        Assert.Equal(haasCall.Id, joined.Id);
    }

    [Fact]
    public void Two_events_of_one_document_never_join_the_same_event()
    {
        var run = new ClusteringHarness();
        var stored = run.Add(Doc(1, 3), [Call(new(2024, 3, 3), [], Valkov, Korsgaard)]).Saved[0];

        var assignments = run.Add(Doc(2, 3), [Call(new(2024, 3, 3), [], Valkov, Korsgaard), Call(new(2024, 3, 3), [], Valkov, Korsgaard)]).Assignments;

        Assert.Equal(stored.Id, assignments[0].Event.Id);
        Assert.True(assignments[1].IsNew);
    }

    [Fact]
    public void A_meeting_joins_talks_between_the_same_people_on_the_same_day()
    {
        var run = new ClusteringHarness();
        var meeting = new EventMention(EventKind.Meeting, "040", new(2024, 3, 3), null, new TextSpan(0, 1), [Valkov, Korsgaard], "Kessel", []);
        var talks = meeting with { Kind = EventKind.Talks, CameoCode = "046" };
        var first = run.Add(Doc(1, 3), [meeting]).Saved[0];

        var second = run.Add(Doc(2, 3), [talks]).Saved[0];

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(EventKind.Meeting, second.Kind);
    }

    [Fact]
    public void Statements_without_people_join_only_on_kind_date_and_shared_topics()
    {
        var run = new ClusteringHarness();
        var statement = new EventMention(EventKind.Statement, "010", new(2024, 3, 3), null, new TextSpan(0, 1), [], null, ["new start", "arms control"]);
        var first = run.Add(Doc(1, 3), [statement]).Saved[0];

        var same = run.Add(Doc(2, 3), [statement]).Saved[0];
        var other = run.Add(Doc(3, 3), [statement with { Topics = ["fisheries quotas"] }]).Saved[0];

        Assert.Equal(first.Id, same.Id);
        Assert.NotEqual(first.Id, other.Id);
    }
}
