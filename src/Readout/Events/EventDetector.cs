using Readout.Model;

namespace Readout.Events;

/// <summary>Front door of event detection.</summary>
public sealed class EventDetector : IEventDetector
{
    // Placeholder until the events stage lands.
    public IReadOnlyList<EventMention> Detect(Article article, Annotations annotations) => [];
}
