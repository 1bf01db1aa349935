namespace Readout.Storage;

/// <summary>Lookups for storylines: events by participant or topic key, and keys matching what a user typed.</summary>
public sealed partial class SqliteStore
{
    internal const string TopicPrefix = "topic:";

    public IReadOnlyList<string> FindKeys(string text, int limit = 20)
    {
        using var command = Command("""
            SELECT key, count(*) AS n FROM event_keys
            WHERE key LIKE $pattern ESCAPE '\'
            GROUP BY key ORDER BY n DESC, key LIMIT $limit
            """);
        var escaped = text.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        command.Parameters.AddWithValue("$pattern", "%" + escaped.Replace(' ', '%') + "%");
        command.Parameters.AddWithValue("$limit", limit);
        var keys = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public IReadOnlyList<Model.StoredEvent> EventsWithKey(string key, int limit = 1000)
    {
        using var command = Command("SELECT event_id FROM event_keys WHERE key = $key ORDER BY event_id LIMIT $limit");
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new SortedSet<long>();
        ReadIds(command, ids);
        return LoadEvents(ids);
    }
}
