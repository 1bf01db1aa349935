using Readout.Model;

namespace Readout.Clustering;

/// <summary>
/// Incremental same-event clustering: each event a new document reports either joins a stored event
/// or starts one. Never re-clusters the store.
/// </summary>
public interface IEventClusterer
{
    /// <param name="document">The stored document's id and comparison features.</param>
    /// <param name="events">The events that document reports.</param>
    /// <param name="index">Stored events to compare against.</param>
    /// <returns>One assignment per reported event, in order.</returns>
    IReadOnlyList<EventAssignment> Assign(DocumentRef document, IReadOnlyList<EventMention> events, IEventIndex index);
}

/// <summary>
/// The result for one reported event: the event as it should now be stored (Id 0 when new),
/// with this document added, participants merged and the primary source re-chosen.
/// </summary>
public sealed record EventAssignment(EventMention Mention, StoredEvent Event, bool IsNew);
