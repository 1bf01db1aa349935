using Readout.Model;

namespace Readout.Clustering;

/// <summary>
/// An <see cref="IEventIndex"/> held in memory, for tests and small runs. Events are blocked by entity key
/// and by day, so a lookup touches only the events that share a person or a day with the query.
/// </summary>
/// <remarks>
/// Memory is bounded by a sliding window: each event is filed under an anchor day (its date, else its earliest
/// report's publication date, else the newest day seen), and events anchored more than <see cref="RetentionDays"/>
/// before the newest anchor are evicted with documents no remaining event refers to. A late report about an
/// evicted event therefore starts a new one; the persistent store keeps everything.
/// </remarks>
public sealed class InMemoryEventIndex : IEventIndex
{
    private readonly Dictionary<long, Entry> _events = [];
    private readonly Dictionary<long, (DocumentRef Document, int Events)> _documents = [];
    private readonly Dictionary<string, HashSet<long>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, HashSet<long>> _byDay = [];
    private readonly PriorityQueue<DateOnly, int> _days = new();
    private readonly HashSet<DateOnly> _queuedDays = [];
    private DateOnly? _newest;
    private long _nextId;

    public InMemoryEventIndex(int retentionDays = 60)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retentionDays);
        RetentionDays = retentionDays;
    }

    public int RetentionDays { get; }

    public int Count => _events.Count;

    public IEnumerable<StoredEvent> Events => _events.Values.Select(e => e.Event);

    public StoredEvent? GetEvent(long id) => _events.TryGetValue(id, out var entry) ? entry.Event : null;

    public DocumentRef? GetDocument(long documentId) => _documents.TryGetValue(documentId, out var doc) ? doc.Document : null;

    public IReadOnlyList<StoredEvent> FindCandidates(CandidateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.EntityKeys.Count == 0)
        {
            // Without people only the day blocks: same-kind events of those days.
            return query.Date is null ? [] : Days(query).SelectMany(d => d).Select(id => _events[id].Event).Where(e => e.Kind == query.Kind).ToList();
        }

        var byEntity = query.EntityKeys.Select(k => _byEntity.GetValueOrDefault(k)).OfType<HashSet<long>>().ToList();
        var ids = new HashSet<long>();
        if (query.Date is { } date)
        {
            // Walk whichever block is smaller and check the other condition on each event found.
            var byDay = Days(query).ToList();
            if (byDay.Sum(d => d.Count) < byEntity.Sum(e => e.Count))
            {
                ids.UnionWith(byDay.SelectMany(d => d).Where(id => byEntity.Any(e => e.Contains(id))));
            }
            else
            {
                ids.UnionWith(byEntity.SelectMany(e => e).Where(id => Math.Abs(_events[id].Anchor.DayNumber - date.DayNumber) <= query.WindowDays));
            }
        }
        else
        {
            foreach (var postings in byEntity)
            {
                ids.UnionWith(postings);
            }
        }

        return ids.Order().Select(id => _events[id].Event).ToList();
    }

    /// <summary>Saves one document's assignments: new events get ids, joined ones replace their stored version.</summary>
    /// <returns>The events as saved, in assignment order.</returns>
    public IReadOnlyList<StoredEvent> Commit(DocumentRef document, IReadOnlyList<EventAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(assignments);

        var saved = new List<StoredEvent>(assignments.Count);
        _documents.TryAdd(document.Id, (document, 0));
        foreach (var assignment in assignments)
        {
            var stored = assignment.IsNew || assignment.Event.Id == 0 ? assignment.Event with { Id = ++_nextId } : assignment.Event;
            if (_events.TryGetValue(stored.Id, out var old))
            {
                Unfile(old);
            }

            File(stored);
            saved.Add(stored);
        }

        if (_documents[document.Id].Events == 0)
        {
            _documents.Remove(document.Id);
        }

        Evict();
        return saved;
    }

    private IEnumerable<HashSet<long>> Days(CandidateQuery query)
    {
        var date = query.Date!.Value;
        for (var offset = -query.WindowDays; offset <= query.WindowDays; offset++)
        {
            if (_byDay.TryGetValue(date.AddDays(offset), out var ids))
            {
                yield return ids;
            }
        }
    }

    private void File(StoredEvent stored)
    {
        var anchor = stored.Date
            ?? stored.Documents.Select(GetDocument).Select(d => d?.Published).Min()
            ?? _newest
            ?? DateOnly.MinValue;
        _events[stored.Id] = new Entry(stored, anchor);
        foreach (var participant in stored.Participants)
        {
            Postings(_byEntity, participant.EntityKey).Add(stored.Id);
        }

        if (_queuedDays.Add(anchor))
        {
            _days.Enqueue(anchor, anchor.DayNumber);
        }

        Postings(_byDay, anchor).Add(stored.Id);
        foreach (var id in stored.Documents)
        {
            if (_documents.TryGetValue(id, out var doc))
            {
                _documents[id] = doc with { Events = doc.Events + 1 };
            }
        }

        _newest = _newest is { } newest && newest > anchor ? newest : anchor;
    }

    private void Unfile(Entry entry)
    {
        var id = entry.Event.Id;
        _events.Remove(id);
        foreach (var participant in entry.Event.Participants)
        {
            Remove(_byEntity, participant.EntityKey, id);
        }

        Remove(_byDay, entry.Anchor, id);
        foreach (var documentId in entry.Event.Documents)
        {
            if (_documents.TryGetValue(documentId, out var doc))
            {
                _documents[documentId] = doc with { Events = doc.Events - 1 };
            }
        }
    }

    private void Evict()
    {
        if (_newest is not { } newest)
        {
            return;
        }

        var cutoff = newest.DayNumber - RetentionDays;
        while (_days.TryPeek(out var day, out var dayNumber) && dayNumber < cutoff)
        {
            _days.Dequeue();
            _queuedDays.Remove(day);
            if (!_byDay.TryGetValue(day, out var ids))
            {
                continue;
            }

            foreach (var id in ids.ToList())
            {
                var entry = _events[id];
                Unfile(entry);
                foreach (var documentId in entry.Event.Documents)
                {
                    if (_documents.TryGetValue(documentId, out var doc) && doc.Events <= 0)
                    {
                        _documents.Remove(documentId);
                    }
                }
            }
        }
    }

    private static HashSet<long> Postings<TKey>(Dictionary<TKey, HashSet<long>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = [];
        }

        return set;
    }

    private static void Remove<TKey>(Dictionary<TKey, HashSet<long>> index, TKey key, long id)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var set) && set.Remove(id) && set.Count == 0)
        {
            index.Remove(key);
        }
    }

    private sealed record Entry(StoredEvent Event, DateOnly Anchor);
}
