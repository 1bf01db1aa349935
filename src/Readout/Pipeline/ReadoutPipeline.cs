using Readout.Annotation;
using Readout.Clustering;
using Readout.Events;
using Readout.Extraction;
using Readout.Extraction.Text;
using Readout.Model;

namespace Readout.Pipeline;

/// <summary>
/// The stages in data order. <see cref="Analyze"/> is pure per document (safe to run in parallel);
/// clustering needs the store and runs one document at a time in <see cref="AnalyzeRun"/>.
/// </summary>
public sealed class ReadoutPipeline(IArticleExtractor extractor, IAnnotator annotator, IEventDetector detector, IEventClusterer clusterer)
{
    public static ReadoutPipeline CreateDefault() => CreateDefault(new Annotator());

    /// <summary>The default stages around a configured annotator (user countries or actor dictionaries).</summary>
    public static ReadoutPipeline CreateDefault(IAnnotator annotator) =>
        new(new ArticleExtractor(new SiteTemplateLearner()), annotator, new EventDetector(), new EventClusterer());

    public IArticleExtractor Extractor { get; } = extractor;

    public IAnnotator Annotator { get; } = annotator;

    public IEventDetector Detector { get; } = detector;

    public IEventClusterer Clusterer { get; } = clusterer;

    /// <exception cref="ExtractionException">The page holds no article.</exception>
    public AnalyzedDocument Analyze(RawDocument raw) => Analyze(raw, out _);

    /// <param name="warning">Set when the body was over <see cref="AnnotationLimit"/> and was cut (where, for the user).</param>
    /// <exception cref="ExtractionException">The page holds no article.</exception>
    public AnalyzedDocument Analyze(RawDocument raw, out string? warning)
    {
        var article = AnnotationLimit.Apply(Extractor.Extract(raw), out warning);
        var annotations = Annotator.Annotate(article);
        var events = Detector.Detect(article, annotations);
        return new AnalyzedDocument(raw, article, annotations, events);
    }
}
