using Readout.Model;
using Readout.Storage;

namespace Readout.Comparison;

/// <summary>Compares how each source of one event tells it, claim by claim, against the primary source.</summary>
public interface IEventComparer
{
    /// <summary>Compares the event's documents (those of <paramref name="documents"/> the event lists, in its order).</summary>
    EventComparison Compare(StoredEvent storedEvent, IReadOnlyList<StoredDocument> documents);
}

/// <summary>Store-backed convenience for <see cref="IEventComparer"/>.</summary>
public static class EventComparerExtensions
{
    /// <summary>Loads the event and its documents and compares them; null when the event is not stored.</summary>
    public static EventComparison? Compare(this IEventComparer comparer, IReadoutStore store, long eventId)
    {
        var storedEvent = store.GetEvent(eventId);
        if (storedEvent is null)
        {
            return null;
        }

        var documents = storedEvent.Documents.Select(store.GetStoredDocument).OfType<StoredDocument>().ToList();
        return comparer.Compare(storedEvent, documents);
    }
}
