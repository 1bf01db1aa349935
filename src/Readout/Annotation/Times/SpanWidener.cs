using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// Last pass over dates: TIMEX3 spans take in the modifiers that say which part of a period is meant ("the end
/// of 1998", "late November", "mid-1990s", "fiscal 1998") and the determiner of "the last week", while the value
/// stays the period's own (TimeML puts the part in a separate mod attribute).
/// </summary>
internal static class SpanWidener
{
    private const int Window = 40;

    public static void Widen(TimeCollector c)
    {
        for (int i = 0; i < c.Found.Count; i++)
        {
            var t = c.Found[i];
            if (t.Kind != TimeKind.Date)
            {
                continue;
            }

            int start = t.Span.Start;
            var before = c.Text.AsSpan(Math.Max(0, start - Window), Math.Min(Window, start));
            var edge = TimePatterns.EdgePrefix().Match(before.ToString());
            if (edge.Success)
            {
                start -= edge.Length;
            }
            else if (StartsWithRelative(t.Text) && before.EndsWith("the ", StringComparison.OrdinalIgnoreCase) && IsWordStart(c.Text, start - 4))
            {
                start -= 4;
            }

            if (start < t.Span.Start && FreeExcept(c, i, start, t.Span.Start))
            {
                c.Replace(i, t with { Text = c.Text[start..t.Span.End], Span = new TextSpan(start, t.Span.End) });
            }
        }
    }

    private static bool StartsWithRelative(string text)
        => text.StartsWith("last ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("next ", StringComparison.OrdinalIgnoreCase)
           || text.StartsWith("previous ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("same ", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordStart(string text, int index) => index == 0 || index > 0 && !char.IsLetterOrDigit(text[index - 1]);

    private static bool FreeExcept(TimeCollector c, int self, int start, int end)
    {
        for (int j = 0; j < c.Found.Count; j++)
        {
            if (j != self && c.Found[j].Span.Start < end && start < c.Found[j].Span.End)
            {
                return false;
            }
        }

        return true;
    }
}
