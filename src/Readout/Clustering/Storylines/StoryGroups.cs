using Readout.Model;

namespace Readout.Clustering.Storylines;

/// <summary>Groups of a generic topic's events joined by more than that topic: a shared participant or a second topic.</summary>
public static class StoryGroups
{
    /// <summary>Groups of two or more events, each in the given order; events joined to none are left out.</summary>
    public static List<List<StoredEvent>> JoinedBeyond(string topic, IReadOnlyList<StoredEvent> events)
    {
        // Union by key, not by pair: each event joins the first event that carried any of its other topics or
        // participants, so grouping stays linear in the keys however many events carry the generic topic.
        var root = Enumerable.Range(0, events.Count).ToArray();
        var firstWith = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            foreach (var key in KeysBeyond(topic, events[i]))
            {
                if (firstWith.TryGetValue(key, out var first))
                {
                    root[Find(root, i)] = Find(root, first);
                }
                else
                {
                    firstWith[key] = i;
                }
            }
        }

        return Enumerable.Range(0, events.Count).GroupBy(i => Find(root, i))
            .Where(g => g.Count() >= 2).Select(g => g.Select(i => events[i]).ToList()).ToList();
    }

    // Topics and people are kept apart ("t:" / "p:") so a topic never meets an entity key of the same spelling.
    private static IEnumerable<string> KeysBeyond(string topic, StoredEvent e) =>
        e.Topics.Where(t => t != topic).Select(t => "t:" + t).Concat(e.Participants.Select(p => "p:" + p.EntityKey)).Distinct(StringComparer.Ordinal);

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
        {
            i = root[i] = root[root[i]];
        }

        return i;
    }
}
