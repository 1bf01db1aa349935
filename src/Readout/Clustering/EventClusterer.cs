using Readout.Model;

namespace Readout.Clustering;

/// <summary>Front door of same-event clustering.</summary>
public sealed class EventClusterer : IEventClusterer
{
    // Placeholder until the clustering stage lands: every event is new.
    public IReadOnlyList<EventAssignment> Assign(DocumentRef document, IReadOnlyList<EventMention> events, IEventIndex index) =>
        events.Select(e => new EventAssignment(e, new StoredEvent { CameoCode = "010", Kind = e.Kind, Date = e.Date, Participants = e.Participants, Documents = [document.Id], Primary = document.Id }, true)).ToList();
}
