using Readout.Model;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>
/// Where a document reports a stored event: the sentence and the words that date it. The store links events to
/// documents, not to the document's event mentions, so the mention is found again as the one that fits the
/// event best (same code and kind, same people, same date), since a document can report several events.
/// </summary>
public static class EventEvidence
{
    /// <summary>The document's mention of this event, or null when the document reports no event at all.</summary>
    public static EventMention? Find(StoredEvent storedEvent, IReadOnlyList<EventMention> mentions)
    {
        EventMention? best = null;
        var bestFit = int.MinValue;
        foreach (var mention in mentions)
        {
            var fit = Fit(storedEvent, mention);
            if (fit > bestFit)
            {
                (best, bestFit) = (mention, fit);
            }
        }

        return best;
    }

    /// <summary>The first dated report among the event's documents, the primary source first.</summary>
    public static (long Document, string Words)? DateWords(StoredEvent storedEvent, IReadOnlyDictionary<long, StoredDocument> documents)
    {
        foreach (var id in storedEvent.Primary is { } primary ? storedEvent.Documents.Where(d => d != primary).Prepend(primary) : storedEvent.Documents)
        {
            if (documents.TryGetValue(id, out var document)
                && Find(storedEvent, document.Events) is { DateSpan: { } span } mention
                && mention.Date == storedEvent.Date
                && span.End <= document.Article.Body.Length)
            {
                return (id, span.Slice(document.Article.Body));
            }
        }

        return null;
    }

    // People weigh most: the same document's other events are other people's; then the code, kind and date.
    private static int Fit(StoredEvent storedEvent, EventMention mention)
    {
        var fit = 0;
        foreach (var participant in mention.Participants)
        {
            fit += storedEvent.Participants.Any(p => p.EntityKey == participant.EntityKey) ? 4 : -1;
        }

        fit += mention.CameoCode == storedEvent.CameoCode ? 2 : 0;
        fit += mention.Kind == storedEvent.Kind ? 2 : 0;
        fit += mention.Date == storedEvent.Date ? 2 : 0;
        return fit;
    }
}
