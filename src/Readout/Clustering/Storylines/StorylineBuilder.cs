using Readout.Model;

namespace Readout.Clustering.Storylines;

/// <summary>
/// Links events into storylines: one per thread that recurs across events — a topic two or more events
/// share (a treaty, a named issue), or the same pair of people meeting again. Events are ordered by
/// date (undated last) and each consecutive pair is linked with the shared thread as the reason.
/// </summary>
public static class StorylineBuilder
{
    /// <summary>Storylines with at least two events, longest first.</summary>
    public static IReadOnlyList<Storyline> Build(IEnumerable<StoredEvent> events)
    {
        var threads = new Dictionary<string, (string Title, string Reason, List<StoredEvent> Events)>(StringComparer.Ordinal);
        foreach (var storedEvent in events)
        {
            foreach (var topic in storedEvent.Topics.Distinct(StringComparer.Ordinal))
            {
                Add(threads, "topic:" + topic, topic, $"shared topic: {topic}", storedEvent);
            }

            foreach (var (a, b) in Pairs(storedEvent.Participants))
            {
                Add(threads, $"pair:{a.EntityKey}|{b.EntityKey}", $"{a.Name} – {b.Name}", $"same participants: {a.Name}, {b.Name}", storedEvent);
            }
        }

        return threads
            .Where(t => t.Value.Events.Count >= 2)
            .Select(t => ToStoryline(t.Key, t.Value.Title, t.Value.Reason, t.Value.Events))
            .OrderByDescending(s => s.Events.Count).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One storyline over the given events (a query's result), linked in date order.</summary>
    public static Storyline Of(string id, string title, string reason, IEnumerable<StoredEvent> events) =>
        ToStoryline(id, title, reason, events.ToList());

    private static void Add(Dictionary<string, (string, string, List<StoredEvent>)> threads, string key, string title, string reason, StoredEvent storedEvent)
    {
        if (!threads.TryGetValue(key, out var thread))
        {
            threads[key] = thread = (title, reason, []);
        }

        thread.Item3.Add(storedEvent);
    }

    // Unordered pairs with a stable order (by key), so "A – B" and "B – A" are one thread.
    private static IEnumerable<(Participant, Participant)> Pairs(IReadOnlyList<Participant> participants)
    {
        var sorted = participants.DistinctBy(p => p.EntityKey).OrderBy(p => p.EntityKey, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                yield return (sorted[i], sorted[j]);
            }
        }
    }

    private static Storyline ToStoryline(string id, string title, string reason, List<StoredEvent> events)
    {
        var ordered = events.DistinctBy(e => e.Id).OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id).ToList();
        var links = new List<StoryLink>(Math.Max(0, ordered.Count - 1));
        for (var i = 1; i < ordered.Count; i++)
        {
            links.Add(new StoryLink(ordered[i - 1].Id, ordered[i].Id, reason));
        }

        return new Storyline(id, title, ordered.Select(e => e.Id).ToList(), links);
    }
}
