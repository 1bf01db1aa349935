namespace Readout.Storage;

/// <summary>The events half of search narrowing and facets: dates, participants and topics of the matching events.</summary>
public sealed partial class SqliteStore
{
    /// <summary>Which of these events fall in the date range and have the entity and topic asked for (a row and key read per event).</summary>
    private HashSet<long> EventIdsNarrowed(IEnumerable<long> eventIds, SearchQuery query)
    {
        using var command = Command("""
            SELECT e.id FROM json_each($ids) j JOIN events e ON e.id = j.value
            WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
              AND ($entity IS NULL OR EXISTS (SELECT 1 FROM event_keys k WHERE k.key = $entity AND k.event_id = e.id))
              AND ($topic IS NULL OR EXISTS (SELECT 1 FROM event_keys k WHERE k.key = $topic AND k.event_id = e.id))
            """);
        command.Parameters.AddWithValue("$ids", IdList(eventIds));
        command.Parameters.AddWithValue("$from", (object?)FormatDate(query.From) ?? DBNull.Value);
        command.Parameters.AddWithValue("$to", (object?)FormatDate(query.To) ?? DBNull.Value);
        command.Parameters.AddWithValue("$entity", (object?)query.Entity ?? DBNull.Value);
        command.Parameters.AddWithValue("$topic", query.Topic is { } topic ? TopicPrefix + topic : DBNull.Value);
        var ids = new SortedSet<long>();
        ReadIds(command, ids);
        return [.. ids];
    }

    /// <summary>The documents reporting an event with this topic: a topic's events are few, so the set stays small.</summary>
    private HashSet<long> DocumentsOfTopic(string topic)
    {
        using var command = Command("SELECT DISTINCT ed.document_id FROM event_keys k JOIN event_documents ed ON ed.event_id = k.event_id WHERE k.key = $topic");
        command.Parameters.AddWithValue("$topic", TopicPrefix + topic);
        var ids = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>
    /// The participants (with a name to show) and topics most often in these events. SQLite reads the events' lists
    /// (json_each), the counting is done here: SQLite's GROUP BY sorts every (event, key) row, and with count(DISTINCT)
    /// that was ~3 ms of CPU for a common word's ~900 events, three quarters of the statement.
    /// </summary>
    private (List<FacetCount> Entities, List<FacetCount> Topics) EventFacets(List<long> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return ([], []);
        }

        // Rows of one event come together (its lists are the inner loop), so an event counts once per key.
        using var command = Command("""
            SELECT e.id, 0, p.value ->> 'entityKey' AS k, p.value ->> 'name' FROM json_each($ids) j JOIN events e ON e.id = j.value, json_each(e.participants) p
            WHERE k IS NOT NULL AND k <> ''
            UNION ALL
            SELECT e.id, 1, t.value, NULL FROM json_each($ids) j JOIN events e ON e.id = j.value, json_each(e.topics) t
            WHERE t.value IS NOT NULL AND t.value <> ''
            """);
        command.Parameters.AddWithValue("$ids", IdList(eventIds));
        var (entities, topics) = (new FacetTally(), new FacetTally());
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                (reader.GetInt64(1) == 0 ? entities : topics).Add(reader.GetInt64(0), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        return (entities.Top(FacetLimits.Entities), topics.Top(FacetLimits.Topics));
    }
}
