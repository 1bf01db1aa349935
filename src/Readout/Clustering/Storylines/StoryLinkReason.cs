using Readout.Model;

namespace Readout.Clustering.Storylines;

/// <summary>
/// Why two events of a storyline belong together: every topic and participant they share, not only the thread
/// that gathered them, so an analyst can tell a strong step (same people, same treaty) from a weak one.
/// </summary>
public static class StoryLinkReason
{
    /// <summary>"shared topics: a, b; same participant: X"; empty when the events share nothing.</summary>
    public static string Of(StoredEvent from, StoredEvent to, Func<string, string>? spell = null)
    {
        var topics = from.Topics.Distinct(StringComparer.Ordinal).Where(t => to.Topics.Contains(t, StringComparer.Ordinal))
            .Select(t => spell?.Invoke(t) ?? t).ToList();
        var people = from.Participants.DistinctBy(p => p.EntityKey)
            .Where(p => to.Participants.Any(q => q.EntityKey == p.EntityKey)).Select(p => p.Name).ToList();
        var parts = new List<string>(2);
        if (topics.Count > 0)
        {
            parts.Add($"shared topic{(topics.Count > 1 ? "s" : "")}: {string.Join(", ", topics)}");
        }

        if (people.Count > 0)
        {
            parts.Add($"same participant{(people.Count > 1 ? "s" : "")}: {string.Join(", ", people)}");
        }

        return string.Join("; ", parts);
    }
}
