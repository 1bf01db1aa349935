using System.Diagnostics;
using System.Globalization;
using Readout.Annotation;
using Readout.Annotation.Entities;
using Readout.Annotation.Entities.Model;
using Readout.Annotation.Times;

namespace Readout.Bench;

/// <summary>
/// Where annotation's time goes, pass by pass, mirroring <see cref="Annotator.FindMentions"/>: finds the pass that
/// grows faster than the text on a huge body, or the one worth cutting on a normal one.
/// </summary>
internal static class AnnotationSteps
{
    private static readonly (string Name, Action<DocumentContext> Run)[] Passes =
    [
        ("demonyms", DemonymFallback.Learn),
        ("treaties", TreatyRecognizer.Recognize),
        ("sports", SportsEvent.Recognize),
        ("dateline", DatelinePlace.Recognize),
        ("states", StatePlace.Recognize),
        ("organisations", OrganizationRecognizer.Recognize),
        ("people", PersonRecognizer.Recognize),
        ("places", PlaceRecognizer.Recognize),
        ("sort", d => d.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start))),
        ("coreference", CoreferenceResolver.Resolve),
        ("span typer", d => SpanTyper.Recognize(d, SpanTyper.EnabledByDefault ? (SpanTypeModel.Shipped, SpanTyper.DefaultMinMargin) : null)),
        ("entity build", d => EntityBuilder.Build(d)),
    ];

    /// <summary>Milliseconds per pass, summed over <paramref name="bodies"/> (each annotated <paramref name="rounds"/> times).</summary>
    public static IReadOnlyList<(string Name, double Ms)> Time(IReadOnlyList<string> bodies, int rounds = 1)
    {
        var totals = new double[Passes.Length + 2];
        var times = new TimeExpressionRecognizer();
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var body in bodies)
            {
                clock.Restart();
                var doc = new DocumentContext(body);
                totals[0] += clock.Elapsed.TotalMilliseconds;
                for (var i = 0; i < Passes.Length; i++)
                {
                    clock.Restart();
                    Passes[i].Run(doc);
                    totals[i + 1] += clock.Elapsed.TotalMilliseconds;
                }

                clock.Restart();
                times.Recognize(body, new DateOnly(2024, 5, 1));
                totals[^1] += clock.Elapsed.TotalMilliseconds;
            }
        }

        var result = new List<(string, double)> { ("tokenise", totals[0]) };
        result.AddRange(Passes.Select((p, i) => (p.Name, totals[i + 1])));
        result.Add(("time expressions", totals[^1]));
        return result;
    }

    /// <summary>Milliseconds per time-expression rule family, summed over <paramref name="bodies"/> (each run <paramref name="rounds"/> times).</summary>
    public static IReadOnlyList<(string Name, double Ms)> TimeRules(IReadOnlyList<string> bodies, int rounds = 1)
    {
        var passes = TimeExpressionRecognizer.Passes;
        var totals = new double[passes.Length];
        var clock = new Stopwatch();
        var date = new DateOnly(2024, 5, 1);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var body in bodies)
            {
                var collector = new TimeCollector(body, date);
                for (var i = 0; i < passes.Length; i++)
                {
                    clock.Restart();
                    passes[i].Run(collector);
                    totals[i] += clock.Elapsed.TotalMilliseconds;
                }
            }
        }

        return passes.Select((p, i) => (p.Name, totals[i])).ToList();
    }

    public static string Format(IReadOnlyList<(string Name, double Ms)> steps, double divisor, string unit)
        => string.Join(", ", steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Ms / divisor:0.000}"))) + " " + unit;
}
