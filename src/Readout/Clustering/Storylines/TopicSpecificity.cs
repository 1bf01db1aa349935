namespace Readout.Clustering.Storylines;

/// <summary>
/// Which recurring topics are too generic to link events on their own, judged from the events being linked (no list of
/// stock phrases): a topic is generic when it spans two otherwise separate stories — it meets two other recurring topics
/// that each reach beyond its events and share no event with each other ("arms control" on one event of a treaty's story
/// and on one of another treaty's) — or when it is carried by most of a corpus large enough for a share to mean something.
/// </summary>
public static class TopicSpecificity
{
    /// <summary>Below this many events a topic's share says nothing: two or three events about one treaty are a story.</summary>
    public const int MinEventsForShare = 4;

    /// <summary>The generic topics among <paramref name="carriers"/> (each recurring topic's event ids).</summary>
    public static HashSet<string> GenericTopics(IReadOnlyDictionary<string, HashSet<long>> carriers, int eventCount)
    {
        // Each event's recurring topics, so a topic looks only at the topics it meets, not at every other topic.
        var topicsOf = new Dictionary<long, List<string>>();
        foreach (var (topic, events) in carriers)
        {
            foreach (var id in events)
            {
                (topicsOf.TryGetValue(id, out var list) ? list : topicsOf[id] = []).Add(topic);
            }
        }

        var generic = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (topic, events) in carriers)
        {
            var met = events.SelectMany(id => topicsOf[id]).Where(t => t != topic).Distinct(StringComparer.Ordinal);
            if (IsMostOfCorpus(events.Count, eventCount) || BridgesSeparateStories(events, met.Select(t => carriers[t])))
            {
                generic.Add(topic);
            }
        }

        return generic;
    }

    private static bool IsMostOfCorpus(int carried, int eventCount) => carried >= MinEventsForShare && carried * 2 > eventCount;

    private static bool BridgesSeparateStories(HashSet<long> events, IEnumerable<HashSet<long>> met)
    {
        // Other stories this topic touches: recurring topics it meets that are also found on events without it
        // (a treaty's sub-issue, found only on the treaty's events, is no separate story).
        var stories = met.Where(other => !other.IsSubsetOf(events)).ToList();
        for (var i = 0; i < stories.Count; i++)
        {
            for (var j = i + 1; j < stories.Count; j++)
            {
                if (!stories[i].Overlaps(stories[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
