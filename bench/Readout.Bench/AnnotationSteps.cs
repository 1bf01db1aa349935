using System.Diagnostics;
using System.Globalization;
using Readout.Annotation;
using Readout.Annotation.Entities;
using Readout.Annotation.Entities.Model;
using Readout.Annotation.Times;

namespace Readout.Bench;

/// <summary>
/// Where annotation's time goes, pass by pass, running <see cref="Annotator.MentionPasses"/> one by one: finds the pass that
/// grows faster than the text on a huge body, or the one worth cutting on a normal one.
/// </summary>
internal static class AnnotationSteps
{

    /// <summary>Milliseconds per pass, summed over <paramref name="bodies"/> (each annotated <paramref name="rounds"/> times).</summary>
    public static IReadOnlyList<(string Name, double Ms)> Time(IReadOnlyList<string> bodies, int rounds = 1)
    {
        var annotator = new Annotator();
        var passes = annotator.MentionPasses();
        var totals = new double[passes.Length + 3];
        var times = new TimeExpressionRecognizer();
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var body in bodies)
            {
                clock.Restart();
                var doc = annotator.NewContext(body);
                totals[0] += clock.Elapsed.TotalMilliseconds;
                for (var i = 0; i < passes.Length; i++)
                {
                    clock.Restart();
                    passes[i].Run(doc);
                    totals[i + 1] += clock.Elapsed.TotalMilliseconds;
                }

                clock.Restart();
                EntityBuilder.Build(doc);
                totals[^2] += clock.Elapsed.TotalMilliseconds;

                clock.Restart();
                times.Recognize(body, new DateOnly(2024, 5, 1));
                totals[^1] += clock.Elapsed.TotalMilliseconds;
            }
        }

        var result = new List<(string, double)> { ("tokenise", totals[0]) };
        result.AddRange(passes.Select((p, i) => (p.Name, totals[i + 1])));
        result.Add(("entity build", totals[^2]));
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
