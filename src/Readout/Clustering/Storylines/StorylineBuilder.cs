using Readout.Model;

namespace Readout.Clustering.Storylines;

/// <summary>
/// Links events into storylines: one per thread that recurs across events — a topic two or more events
/// share (a treaty, a named issue), or the same pair of people meeting again. Events are ordered by
/// date (undated last) and each consecutive pair is linked with all they share as the reason.
/// </summary>
/// <remarks>
/// A topic that never occurs without a broader topic's events ("strategic stability" only where "New START" is) is no
/// thread of its own: its storyline would repeat the broader one, so it is dropped; the links still name it.
/// A generic topic (<see cref="TopicSpecificity"/>) links two events only together with a shared participant or topic.
/// </remarks>
public static class StorylineBuilder
{
    private const string TopicPrefix = "topic:";

    /// <summary>Storylines with at least two events, longest first. <paramref name="spell"/> gives a topic's display form.</summary>
    public static IReadOnlyList<Storyline> Build(IEnumerable<StoredEvent> events, Func<string, string>? spell = null)
    {
        var threads = new Dictionary<string, StoryThread>(StringComparer.Ordinal);
        foreach (var storedEvent in events)
        {
            var topics = storedEvent.Topics.Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < topics.Count; i++)
            {
                Add(threads, TopicPrefix + topics[i], topics[i], storedEvent, rank: i);
            }

            foreach (var (a, b) in Pairs(storedEvent.Participants))
            {
                Add(threads, $"pair:{a.EntityKey}|{b.EntityKey}", $"{a.Name} – {b.Name}", storedEvent, rank: 0);
            }
        }

        var ordered = SplitGenericTopics(threads)
            .Where(t => t.Value.Events.Count >= 2)
            .OrderByDescending(t => t.Value.Events.Count).ThenBy(t => t.Value.Rank).ThenBy(t => t.Key, StringComparer.Ordinal);
        var storylines = new List<Storyline>();
        var topicThreadsByEvent = new Dictionary<long, List<HashSet<long>>>();
        foreach (var (key, thread) in ordered)
        {
            var ids = thread.Events.Select(e => e.Id).ToHashSet();
            if (key.StartsWith(TopicPrefix, StringComparison.Ordinal))
            {
                // Only kept threads holding this thread's first event can contain all of it: a short look, not all pairs.
                if (topicThreadsByEvent.TryGetValue(thread.Events[0].Id, out var holders) && holders.Any(ids.IsSubsetOf))
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    (topicThreadsByEvent.TryGetValue(id, out var list) ? list : topicThreadsByEvent[id] = []).Add(ids);
                }
            }

            // Spelled only now: most topics never recur, and spelling one reads its sources.
            var title = key.StartsWith(TopicPrefix, StringComparison.Ordinal) && spell is not null ? spell(thread.Title) : thread.Title;
            storylines.Add(ToStoryline(key, title, thread.Events, spell, fallback: ""));
        }

        return storylines;
    }

    /// <summary>
    /// One storyline over the given events (a query's result), linked in date order; <paramref name="fallback"/> is the
    /// reason of a link between events that share no topic or participant (both found by the query alone).
    /// </summary>
    public static Storyline Of(string id, string title, IEnumerable<StoredEvent> events, Func<string, string>? spell = null, string fallback = "") =>
        ToStoryline(id, title, events.ToList(), spell, fallback);

    /// <summary>Date order, undated events last (by id): the order of a storyline's events.</summary>
    public static List<StoredEvent> InDateOrder(IEnumerable<StoredEvent> events) =>
        events.DistinctBy(e => e.Id).OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id).ToList();

    /// <summary>
    /// A generic topic's thread keeps only events that share something more with another of its events (a participant or a
    /// second topic): one thread per group so joined, the first (largest) keeping the topic's key.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, StoryThread>> SplitGenericTopics(Dictionary<string, StoryThread> threads)
    {
        var carriers = threads.Where(t => t.Key.StartsWith(TopicPrefix, StringComparison.Ordinal) && t.Value.Events.Count >= 2)
            .ToDictionary(t => t.Key[TopicPrefix.Length..], t => t.Value.Events.Select(e => e.Id).ToHashSet(), StringComparer.Ordinal);
        var eventCount = threads.Values.SelectMany(t => t.Events).Select(e => e.Id).Distinct().Count();
        var generic = TopicSpecificity.GenericTopics(carriers, eventCount);
        foreach (var (key, thread) in threads)
        {
            if (!key.StartsWith(TopicPrefix, StringComparison.Ordinal) || !generic.Contains(thread.Title))
            {
                yield return new(key, thread);
                continue;
            }

            var groups = StoryGroups.JoinedBeyond(thread.Title, thread.Events).OrderByDescending(g => g.Count).ToList();
            for (var i = 0; i < groups.Count; i++)
            {
                var part = new StoryThread(thread.Title) { Rank = thread.Rank };
                part.Events.AddRange(groups[i]);
                yield return new(i == 0 ? key : $"{key}@{groups[i][0].Id}", part);
            }
        }
    }

    private static void Add(Dictionary<string, StoryThread> threads, string key, string title, StoredEvent storedEvent, int rank)
    {
        if (!threads.TryGetValue(key, out var thread))
        {
            threads[key] = thread = new StoryThread(title);
        }

        thread.Events.Add(storedEvent);
        thread.Rank += rank;
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

    private static Storyline ToStoryline(string id, string title, List<StoredEvent> events, Func<string, string>? spell, string fallback)
    {
        var ordered = InDateOrder(events);
        var links = new List<StoryLink>(Math.Max(0, ordered.Count - 1));
        for (var i = 1; i < ordered.Count; i++)
        {
            var reason = StoryLinkReason.Of(ordered[i - 1], ordered[i], spell);
            links.Add(new StoryLink(ordered[i - 1].Id, ordered[i].Id, reason.Length > 0 ? reason : fallback));
        }

        return new Storyline(id, title, ordered.Select(e => e.Id).ToList(), links);
    }

    /// <summary>A recurring topic or pair: its events, and how early the topic comes in their topic lists (treaties come first).</summary>
    private sealed class StoryThread(string title)
    {
        public string Title { get; } = title;

        public List<StoredEvent> Events { get; } = [];

        public int Rank { get; set; }
    }
}
