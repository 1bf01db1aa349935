using Readout.Annotation;
using Readout.Clustering;
using Readout.Events;
using Readout.Extraction;
using Readout.Model;
using Readout.Pipeline;

namespace Readout.Tests.Pipeline;

/// <summary>
/// Minimal stages for testing how a run stores, resumes and rejects, independent of extraction quality:
/// a document's first line is "DATE|PERSON|PERSON"; pages containing "BROKEN" fail extraction.
/// </summary>
internal static class TestStages
{
    public static ReadoutPipeline Pipeline() => new(new LineExtractor(), new NoAnnotations(), new FirstLineEvent(), new EventClusterer());

    private sealed class LineExtractor : IArticleExtractor
    {
        public Article Extract(RawDocument raw) => raw.Content.Contains("BROKEN", StringComparison.Ordinal)
            ? throw new ExtractionException("no article text")
            : new Article { Path = raw.Path, Body = raw.Content, Role = SourceRole.Official };
    }

    private sealed class NoAnnotations : IAnnotator
    {
        public Annotations Annotate(Article article) => Annotations.Empty;
    }

    private sealed class FirstLineEvent : IEventDetector
    {
        public IReadOnlyList<EventMention> Detect(Article article, Annotations annotations)
        {
            var parts = article.Body.Split('\n')[0].Split('|');
            if (parts.Length < 3)
            {
                return [];
            }

            var people = parts.Skip(1).Select(p => new Participant("person:" + p.Trim().ToLowerInvariant(), p.Trim(), "Foreign Minister", "Ostravia")).ToList();
            return [new EventMention(EventKind.TelephoneCall, "041", DateOnly.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), null, new TextSpan(0, 1), people, null, [])];
        }
    }
}
