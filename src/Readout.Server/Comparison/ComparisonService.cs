using Microsoft.Extensions.Caching.Memory;
using Readout.Comparison;
using Readout.Model;
using Readout.Storage;

namespace Readout.Server.Comparison;

/// <summary>An event compared claim by claim, and how many of its sources the comparison covers.</summary>
public sealed record ComparisonResult(StoredEvent Event, EventComparison Comparison, int SourcesCompared, int SourcesTotal);

/// <summary>
/// Runs the comparison stage for the event page and <c>/api/events/{id}/comparison</c>, with a small cache: stored
/// documents never change (they are keyed by content hash), so a comparison stays valid until the event gains a
/// source or a new primary, and both are part of the cache key.
/// </summary>
public sealed class ComparisonService(IMemoryCache cache)
{
    /// <summary>
    /// Sources compared at most: the primary and the first others clustering linked. A matrix wider than this is
    /// unreadable, and comparing thousands of syndicated copies on a page view would let one request hog a core.
    /// </summary>
    public const int MaxSources = 25;

    /// <summary>Cache budget in compared sources: a comparison's memory grows with its sources, not per event.</summary>
    public const int CachedSources = 8192;

    public ComparisonResult? Compare(IReadoutStore store, long eventId) =>
        store.GetEvent(eventId) is { } storedEvent ? Compare(store, storedEvent) : null;

    public ComparisonResult Compare(IReadoutStore store, StoredEvent storedEvent)
    {
        var ids = Selected(storedEvent);
        var comparison = cache.GetOrCreate(Key(storedEvent, ids), entry =>
        {
            entry.Size = Math.Max(1, ids.Count);
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            var documents = ids.Select(store.GetStoredDocument).OfType<StoredDocument>().ToList();
            return new EventComparer().Compare(storedEvent with { Documents = ids }, documents);
        })!;
        return new ComparisonResult(storedEvent, comparison, ids.Count, storedEvent.Documents.Count);
    }

    /// <summary>Whether the event, with its current sources, is compared and cached (a page view would not compute).</summary>
    public bool IsCached(StoredEvent storedEvent) => cache.TryGetValue(Key(storedEvent, Selected(storedEvent)), out _);

    private static string Key(StoredEvent storedEvent, List<long> ids) => $"comparison:{storedEvent.Id}:{storedEvent.Primary}:{string.Join(',', ids)}";

    private static List<long> Selected(StoredEvent storedEvent)
    {
        var ids = storedEvent.Documents.Distinct().ToList();
        if (ids.Count <= MaxSources)
        {
            return ids;
        }

        var selected = ids.Where(id => id != storedEvent.Primary).Take(MaxSources - (storedEvent.Primary is null ? 0 : 1)).ToList();
        if (storedEvent.Primary is { } primary && ids.Contains(primary))
        {
            selected.Insert(0, primary);
        }

        return selected;
    }
}
