using Readout.Model;
using Readout.Tests.Events;

namespace Readout.Tests.Clustering;

public sealed class LookAlikeTests
{
    [Fact]
    public void A_readout_its_wire_report_and_a_retranslation_are_one_event()
    {
        var run = new ClusteringHarness();

        var readout = run.Main(Scenario.Readout());
        var wire = run.Main(Scenario.WireReport());
        var retranslation = run.Main(Scenario.Retranslation());

        Assert.Equal(readout.Id, wire.Id);
        Assert.Equal(readout.Id, retranslation.Id);
        Assert.Equal([1L, 2L, 3L], retranslation.Documents);
    }

    [Fact]
    public void The_same_ministers_call_a_year_earlier_is_another_event()
    {
        var run = new ClusteringHarness();

        var earlier = run.Main(Scenario.CallAYearEarlier());
        var call = run.Main(Scenario.Readout());

        Assert.NotEqual(earlier.Id, call.Id);
    }

    [Fact]
    public void An_undated_report_does_not_join_last_years_call()
    {
        var run = new ClusteringHarness();
        var earlier = run.Main(Scenario.CallAYearEarlier());

        var retranslation = run.Main(Scenario.Retranslation());

        Assert.NotEqual(earlier.Id, retranslation.Id);
    }

    [Fact]
    public void Another_pair_calling_the_same_day_is_another_event()
    {
        var run = new ClusteringHarness();

        var call = run.Main(Scenario.Readout());
        var other = run.Main(Scenario.OtherPairSameDay());

        Assert.NotEqual(call.Id, other.Id);
        Assert.DoesNotContain(run.Index.GetEvent(call.Id)!.Participants, p => p.EntityKey == Scenario.Haas);
    }

    [Fact]
    public void A_statement_on_the_same_topic_stays_apart()
    {
        var run = new ClusteringHarness();

        var call = run.Main(Scenario.Readout());
        var statement = run.Main(Scenario.StatementOnTopic());

        Assert.NotEqual(call.Id, statement.Id);
        Assert.Equal(EventKind.Statement, statement.Kind);
    }

    [Fact]
    public void A_third_partys_comment_is_not_the_call()
    {
        var run = new ClusteringHarness();
        var call = run.Main(Scenario.Readout());

        var comment = run.Add(Scenario.ThirdPartyComment()).Saved;

        Assert.NotEqual(call.Id, comment[0].Id);
        Assert.DoesNotContain(run.Index.GetEvent(call.Id)!.Participants, p => p.EntityKey == Scenario.Haas);
    }

    [Fact]
    public void The_presidents_call_mentioned_in_the_readout_is_not_merged_into_the_ministers_call()
    {
        var run = new ClusteringHarness();

        var saved = run.Add(Scenario.Readout()).Saved;

        Assert.Equal(2, saved.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_call_is_not_a_meeting_of_the_same_people_on_the_same_day()
    {
        var run = new ClusteringHarness();
        var call = run.Main(Scenario.Readout());

        var meeting = run.Main(new DocumentFixture("On March 3, Dmitri Valkov met with Anna Korsgaard in Kessel.")
        { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03"));

        Assert.NotEqual(call.Id, meeting.Id);
    }

    [Fact]
    public void Dates_two_days_apart_are_different_calls()
    {
        var run = new ClusteringHarness();
        var call = run.Main(Scenario.Readout());

        var later = run.Main(new DocumentFixture("On March 5, Dmitri Valkov spoke by telephone with Anna Korsgaard.")
        { Published = new DateOnly(2024, 3, 5) }.WithCast().Time("March 5", "2024-03-05"));

        Assert.NotEqual(call.Id, later.Id);
    }
}
