using Readout.Model;

namespace Readout.Events;

/// <summary>Finds the events a document reports (a report about a readout reports the readout's event).</summary>
public interface IEventDetector
{
    IReadOnlyList<EventMention> Detect(Article article, Annotations annotations);
}
