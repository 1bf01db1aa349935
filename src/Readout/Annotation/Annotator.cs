using Readout.Annotation.Entities;
using Readout.Annotation.Times;
using Readout.Model;

namespace Readout.Annotation;

/// <summary>
/// Front door of annotation: tokenises the body once, runs the entity recognizers in priority order
/// (treaties, organisations, people, places), resolves people within the document, builds one entity per
/// key, and normalises time expressions against the document date (publication, else dateline).
/// </summary>
public sealed class Annotator : IAnnotator
{
    private readonly TimeExpressionRecognizer _times = new();

    public Annotations Annotate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var doc = new DocumentContext(article.Body);
        DemonymFallback.Learn(doc);
        TreatyRecognizer.Recognize(doc);
        OrganizationRecognizer.Recognize(doc);
        PersonRecognizer.Recognize(doc);
        PlaceRecognizer.Recognize(doc);
        doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        CoreferenceResolver.Resolve(doc);
        var (mentions, entities) = EntityBuilder.Build(doc);
        var documentDate = article.Published?.Date ?? article.Dateline?.Date;
        var times = _times.Recognize(article.Body, documentDate);
        return new Annotations(mentions, entities, times);
    }
}
