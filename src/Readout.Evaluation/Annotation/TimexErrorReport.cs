using Readout.Model;

namespace Readout.Evaluation.Annotation;

/// <summary>
/// Error analysis for the time recognizer: one line per gold TIMEX3 missed, span off or value wrong, and per
/// spurious system expression, with a little context. A diagnostic for training data, not a score.
/// </summary>
internal static class TimexErrorReport
{
    public static void Write(TextWriter w, TimeMlDocument doc, IReadOnlyList<TimeExpression> system)
    {
        var matched = new HashSet<TimeExpression>();
        foreach (var g in doc.Timexes)
        {
            var s = system.FirstOrDefault(x => x.Span.Start < g.Span.End && g.Span.Start < x.Span.End);
            string gold = $"'{g.Span.Slice(doc.Text)}' {g.Type} {g.Value}";
            if (s is null)
            {
                w.WriteLine($"MISS\t{doc.Id}\t{doc.Creation}\t{gold}\t{Context(doc.Text, g.Span)}");
                continue;
            }

            matched.Add(s);
            if (s.Span != g.Span)
            {
                w.WriteLine($"SPAN\t{doc.Id}\t{doc.Creation}\t{gold}\tsys '{s.Text}'");
            }

            if (s.Value != g.Value)
            {
                w.WriteLine($"VALUE\t{doc.Id}\t{doc.Creation}\t{gold}\tsys {s.Value}\t{Context(doc.Text, g.Span)}");
            }
        }

        foreach (var s in system.Where(s => !matched.Contains(s)))
        {
            w.WriteLine($"SPURIOUS\t{doc.Id}\t{doc.Creation}\t'{s.Text}' {s.Value}\t{Context(doc.Text, s.Span)}");
        }
    }

    private static string Context(string text, TextSpan span)
    {
        int start = Math.Max(0, span.Start - 40), end = Math.Min(text.Length, span.End + 40);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
