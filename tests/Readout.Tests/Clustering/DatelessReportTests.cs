using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>A report with no event date and no publication date can only be placed by who and what.</summary>
public sealed class DatelessReportTests
{
    private static readonly Participant Valkov = new("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia");
    private static readonly Participant Korsgaard = new("person:anna-korsgaard", "Anna Korsgaard", "Foreign Secretary", "Belmaria");

    private static EventMention Call(DateOnly? date, params string[] topics) =>
        new(EventKind.TelephoneCall, "041", date, null, new TextSpan(0, 10), [Valkov, Korsgaard], null, topics);

    private static DocumentRef Doc(long id, DateOnly? published) => new(id, $"doc{id}.txt", published, SourceRole.MediaReport, true);

    [Fact]
    public void Joins_the_only_call_of_the_same_people_on_the_same_topics()
    {
        var run = new ClusteringHarness();
        var call = run.Add(Doc(1, new DateOnly(2024, 3, 7)), [Call(new DateOnly(2024, 3, 7), "coastal arms limitation", "strategic stability", "fisheries")]).Saved[0];

        var undated = run.Add(Doc(2, null), [Call(null, "coastal arms limitation", "strategic stability")]).Saved[0];

        Assert.Equal(call.Id, undated.Id);
    }

    [Fact]
    public void Starts_its_own_event_when_the_same_people_had_two_calls()
    {
        var run = new ClusteringHarness();
        run.Add(Doc(1, new DateOnly(2024, 2, 16)), [Call(new DateOnly(2024, 2, 16), "coastal arms limitation", "strategic stability")]);
        run.Add(Doc(2, new DateOnly(2024, 3, 7)), [Call(new DateOnly(2024, 3, 7), "coastal arms limitation", "strategic stability", "fisheries")]);

        var undated = run.Add(Doc(3, null), [Call(null, "coastal arms limitation", "strategic stability")]);

        Assert.True(undated.Assignments[0].IsNew);
    }

    [Fact]
    public void Needs_two_shared_topics()
    {
        var run = new ClusteringHarness();
        run.Add(Doc(1, new DateOnly(2024, 3, 7)), [Call(new DateOnly(2024, 3, 7), "coastal arms limitation", "fisheries")]);

        var undated = run.Add(Doc(2, null), [Call(null, "coastal arms limitation", "harbour pilots")]);

        Assert.True(undated.Assignments[0].IsNew);
    }
}
