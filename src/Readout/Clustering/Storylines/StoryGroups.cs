using Readout.Model;

namespace Readout.Clustering.Storylines;

/// <summary>Groups of a generic topic's events joined by more than that topic: a shared participant or a second topic.</summary>
public static class StoryGroups
{
    /// <summary>Groups of two or more events, each in the given order; events joined to none are left out.</summary>
    public static List<List<StoredEvent>> JoinedBeyond(string topic, IReadOnlyList<StoredEvent> events)
    {
        var root = Enumerable.Range(0, events.Count).ToArray();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                if (ShareMoreThan(topic, events[i], events[j]))
                {
                    root[Find(root, j)] = Find(root, i);
                }
            }
        }

        return Enumerable.Range(0, events.Count).GroupBy(i => Find(root, i))
            .Where(g => g.Count() >= 2).Select(g => g.Select(i => events[i]).ToList()).ToList();
    }

    private static bool ShareMoreThan(string topic, StoredEvent a, StoredEvent b) =>
        a.Topics.Any(t => t != topic && b.Topics.Contains(t, StringComparer.Ordinal))
        || a.Participants.Any(p => b.Participants.Any(q => q.EntityKey == p.EntityKey));

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
        {
            i = root[i] = root[root[i]];
        }

        return i;
    }
}
