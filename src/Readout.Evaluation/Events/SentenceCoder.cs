using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Evaluation.Events;

/// <summary>Runs the pipeline's annotation and event detection on one sentence as if it were a whole article.</summary>
public sealed class SentenceCoder
{
    private readonly Annotator _annotator = new();
    private readonly EventDetector _detector = new(EventCoverage.CameoDictionary);

    /// <summary>The CAMEO code of the first detected event, or null when none is detected.</summary>
    public string? FirstCode(string id, string text, DateOnly? date) => FirstEvent(id, text, date)?.CameoCode;

    /// <summary>The first detected event (its code and, when the actor dictionary knows them, its actors' codes).</summary>
    public EventMention? FirstEvent(string id, string text, DateOnly? date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var article = new Article
        {
            Path = id,
            Body = text,
            Published = date is { } d ? new DateEvidence(d, DateSource.Hint, 1) : null,
        };
        var events = _detector.Detect(article, _annotator.Annotate(article));
        return events.Count > 0 ? events[0] : null;
    }
}
