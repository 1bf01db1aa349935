using Readout.Clustering;
using Readout.Model;

namespace Readout.Tests.Clustering;

public sealed class InMemoryEventIndexTests
{
    private static EventMention Call(DateOnly date, params string[] keys) =>
        new(EventKind.TelephoneCall, "041", date, null, new TextSpan(0, 1), keys.Select(k => new Participant(k, k, null, null)).ToList(), null, []);

    private static DocumentRef Doc(long id, DateOnly published) => new(id, $"doc{id}.txt", published, SourceRole.Official, false);

    private static StoredEvent Save(InMemoryEventIndex index, long id, DateOnly date, params string[] keys)
    {
        var doc = Doc(id, date);
        return index.Commit(doc, new EventClusterer().Assign(doc, [Call(date, keys)], index))[0];
    }

    [Fact]
    public void Candidates_share_a_person_and_lie_in_the_date_window()
    {
        var index = new InMemoryEventIndex();
        var day = new DateOnly(2024, 3, 3);
        var hit = Save(index, 1, day, "person:a", "person:b");
        Save(index, 2, day, "person:c", "person:d");
        Save(index, 3, day.AddDays(10), "person:a", "person:b");

        var candidates = index.FindCandidates(new CandidateQuery(day.AddDays(1), 1, ["person:a"], EventKind.TelephoneCall));

        Assert.Equal([hit.Id], candidates.Select(e => e.Id));
    }

    [Fact]
    public void Events_older_than_the_retention_window_are_evicted_with_their_documents()
    {
        var index = new InMemoryEventIndex(retentionDays: 30);
        var old = Save(index, 1, new DateOnly(2024, 1, 1), "person:a", "person:b");

        Save(index, 2, new DateOnly(2024, 3, 1), "person:c", "person:d");

        Assert.Null(index.GetEvent(old.Id));
        Assert.Null(index.GetDocument(1));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Joining_refiles_the_event_under_its_new_people()
    {
        var index = new InMemoryEventIndex();
        var day = new DateOnly(2024, 3, 3);
        var stored = Save(index, 1, day, "person:a", "person:b");
        var doc = Doc(2, day);
        index.Commit(doc, new EventClusterer().Assign(doc, [Call(day, "person:a", "person:b", "person:e")], index));

        var candidates = index.FindCandidates(new CandidateQuery(day, 0, ["person:e"], EventKind.TelephoneCall));

        Assert.Equal([stored.Id], candidates.Select(e => e.Id));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_long_stream_keeps_only_the_time_window_in_memory()
    {
        // 30 people, 20,000 reports over 200 days: each pair calls now and then, each call reported ~3 times.
        var index = new InMemoryEventIndex(retentionDays: 30);
        var clusterer = new EventClusterer();
        var random = new Random(7);
        var start = new DateOnly(2023, 1, 1);
        for (var id = 1; id <= 20_000; id++)
        {
            var day = start.AddDays(id / 100);
            var a = random.Next(30);
            var b = (a + 1 + random.Next(29)) % 30;
            var doc = Doc(id, day);
            index.Commit(doc, clusterer.Assign(doc, [Call(day, $"person:{a}", $"person:{b}")], index));
        }

        Assert.InRange(index.Count, 1, 31 * 435); // bounded by the window, not by the stream; speed is measured by bench/Readout.Bench
    }
}
