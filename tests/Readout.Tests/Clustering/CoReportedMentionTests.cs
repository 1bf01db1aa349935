using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>
/// Two reports of one ministers' call both recall, without a date, the presidents' call before it: that is one
/// earlier call, even when one report has no publication date and the two share no topics. Without the shared
/// happening, or with other people or another kind, undated mentions stay apart.
/// </summary>
public sealed class CoReportedMentionTests
{
    private static readonly DateOnly CallDay = new(2024, 3, 7);

    private static readonly Participant Valkov = new("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia");
    private static readonly Participant Korsgaard = new("person:anna-korsgaard", "Anna Korsgaard", "Foreign Secretary", "Belmaria");
    private static readonly Participant Verhoek = new("person:tomas-verhoek", "Tomas Verhoek", "President", "Ostravia");
    private static readonly Participant Marrow = new("person:ilse-marrow", "Ilse Marrow", "President", "Belmaria");
    private static readonly Participant Lund = new("person:petra-lund", "Petra Lund", "President", "Karvonia");

    private static EventMention MinistersCall(DateOnly? date) =>
        new(EventKind.TelephoneCall, "041", date, null, new TextSpan(0, 10), [Valkov, Korsgaard], null, ["coastal arms limitation", "fisheries"]);

    private static EventMention Presidents(EventKind kind, IReadOnlyList<Participant> people, params string[] topics) =>
        new(kind, "041", null, null, new TextSpan(20, 30), people, null, topics);

    private static EventMention PresidentsCall(params string[] topics) => Presidents(EventKind.TelephoneCall, [Verhoek, Marrow], topics);

    private static DocumentRef Doc(long id, DateOnly? published) => new(id, $"doc{id}.txt", published, SourceRole.MediaReport, true);

    [Fact]
    public void Two_reports_of_one_call_recalling_the_presidents_call_give_one_undated_event()
    {
        var run = new ClusteringHarness();
        var readout = run.Add(Doc(1, CallDay), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation")]).Saved;

        var wire = run.Add(Doc(2, null), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation", "strategic stability")]);

        Assert.Equal(readout[0].Id, wire.Saved[0].Id);
        Assert.False(wire.Assignments[1].IsNew);
        Assert.Equal(readout[1].Id, wire.Saved[1].Id);
        Assert.Equal([1L, 2L], run.Index.GetEvent(readout[1].Id)!.Documents);
    }

    [Fact]
    public void The_report_without_countries_arriving_first_gains_them_from_the_other()
    {
        var run = new ClusteringHarness();
        var bare = new[] { Verhoek with { Country = null }, Marrow with { Country = null } };
        var wire = run.Add(Doc(1, null), [MinistersCall(CallDay), Presidents(EventKind.TelephoneCall, bare, "strategic stability")]).Saved;

        var readout = run.Add(Doc(2, CallDay), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation")]).Saved;

        Assert.Equal(wire[1].Id, readout[1].Id);
        Assert.Equal(["Ostravia", "Belmaria"], run.Index.GetEvent(wire[1].Id)!.Participants.Select(p => p.Country));
    }

    [Fact]
    public void A_later_report_with_a_surer_actor_code_gives_the_event_its_code()
    {
        var run = new ClusteringHarness();
        var byCountry = new[]
        {
            Verhoek with { ActorCode = "OST", ActorCountryCode = "OST", ActorCodeSource = ActorCodeSource.Country },
            Marrow,
        };
        var wire = run.Add(Doc(1, null), [MinistersCall(CallDay), Presidents(EventKind.TelephoneCall, byCountry, "strategic stability")]).Saved;
        var byDictionary = new[]
        {
            Verhoek with { ActorCode = "OSTGOV", ActorCountryCode = "OST", ActorCodeSource = ActorCodeSource.Dictionary },
            Marrow with { ActorCode = "BELGOV", ActorCountryCode = "BEL", ActorCodeSource = ActorCodeSource.CountryAndRole },
        };

        run.Add(Doc(2, CallDay), [MinistersCall(CallDay), Presidents(EventKind.TelephoneCall, byDictionary, "coastal arms limitation")]);

        var merged = run.Index.GetEvent(wire[1].Id)!.Participants;
        Assert.Equal(["OSTGOV", "BELGOV"], merged.Select(p => p.ActorCode));
        Assert.Equal([ActorCodeSource.Dictionary, ActorCodeSource.CountryAndRole], merged.Select(p => p.ActorCodeSource!.Value));
    }

    [Fact]
    public void Undated_mentions_in_reports_of_no_common_happening_stay_apart()
    {
        var run = new ClusteringHarness();
        var march = run.Add(Doc(1, CallDay), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation")]).Saved;

        var september = run.Add(Doc(2, new DateOnly(2024, 9, 12)), [PresidentsCall("coastal arms limitation")]);

        Assert.True(september.Assignments[0].IsNew);
        Assert.NotEqual(march[1].Id, september.Saved[0].Id);
    }

    [Fact]
    public void Another_pair_of_presidents_is_another_call()
    {
        var run = new ClusteringHarness();
        run.Add(Doc(1, CallDay), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation")]);

        var wire = run.Add(Doc(2, null), [MinistersCall(CallDay), Presidents(EventKind.TelephoneCall, [Verhoek, Lund], "coastal arms limitation")]);

        Assert.True(wire.Assignments[1].IsNew);
    }

    [Fact]
    public void The_same_presidents_meeting_is_not_their_call()
    {
        var run = new ClusteringHarness();
        run.Add(Doc(1, CallDay), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation")]);

        var wire = run.Add(Doc(2, null), [MinistersCall(CallDay), Presidents(EventKind.Meeting, [Verhoek, Marrow], "coastal arms limitation")]);

        Assert.True(wire.Assignments[1].IsNew);
    }

    [Fact]
    public void A_dated_call_of_the_same_presidents_is_not_the_undated_one()
    {
        var run = new ClusteringHarness();
        var dated = new EventMention(EventKind.TelephoneCall, "041", new DateOnly(2024, 1, 15), null, new TextSpan(20, 30), [Verhoek, Marrow], null, ["fisheries"]);
        var january = run.Add(Doc(1, CallDay), [MinistersCall(CallDay), dated]).Saved;

        var wire = run.Add(Doc(2, null), [MinistersCall(CallDay), PresidentsCall("coastal arms limitation")]);

        Assert.True(wire.Assignments[1].IsNew);
        Assert.Equal([1L], run.Index.GetEvent(january[1].Id)!.Documents);
    }
}
