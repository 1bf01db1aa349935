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
    /// The participants (with a name to show) and topics most often in these events, in one statement over the
    /// events' stored lists: bounded like the events themselves (at most the events' own best 500 and those of the
    /// best 500 documents).
    /// </summary>
    private (List<FacetCount> Entities, List<FacetCount> Topics) EventFacets(List<long> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return ([], []);
        }

        using var command = Command("""
            WITH m AS MATERIALIZED (SELECT e.id, e.participants, e.topics FROM json_each($ids) j JOIN events e ON e.id = j.value)
            SELECT * FROM (
                SELECT 'e', p.value ->> 'entityKey' AS k, max(p.value ->> 'name'), count(DISTINCT m.id) AS n
                FROM m, json_each(m.participants) p WHERE k IS NOT NULL AND k <> '' GROUP BY k ORDER BY n DESC, k LIMIT $entities)
            UNION ALL
            SELECT * FROM (
                SELECT 't', t.value AS k, NULL, count(DISTINCT m.id) AS n
                FROM m, json_each(m.topics) t WHERE k IS NOT NULL AND k <> '' GROUP BY k ORDER BY n DESC, k LIMIT $topics)
            """);
        command.Parameters.AddWithValue("$ids", IdList(eventIds));
        command.Parameters.AddWithValue("$entities", FacetLimits.Entities);
        command.Parameters.AddWithValue("$topics", FacetLimits.Topics);
        var (entities, topics) = (new List<FacetCount>(), new List<FacetCount>());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var facet = new FacetCount(reader.GetString(1), reader.GetInt32(3)) { Label = reader.IsDBNull(2) ? null : reader.GetString(2) };
            (reader.GetString(0) == "e" ? entities : topics).Add(facet);
        }

        return (entities, topics);
    }
}
