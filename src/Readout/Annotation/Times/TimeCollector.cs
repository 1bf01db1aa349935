using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Annotation.Times;

/// <summary>
/// One document's time expressions as the rule families find them: the text, the reference date, and the
/// spans already taken. Families run in priority order, so the first to claim a stretch of text keeps it.
/// </summary>
internal sealed class TimeCollector(string text, DateOnly? documentDate)
{
    private readonly List<TimeExpression> _found = [];

    // How many found expressions cover each character: whether a stretch is free is then a look at that stretch,
    // not at every expression found so far (which grew with the square of the text on long bodies).
    private readonly ushort[] _cover = new ushort[text.Length];

    public string Text { get; } = text;

    /// <summary>The reference date (document creation or publication date); null when unknown.</summary>
    public DateOnly? Dct { get; } = documentDate;

    public IReadOnlyList<TimeExpression> Found => _found;

    public bool IsFree(int start, int end)
    {
        if (start < end)
        {
            // Only characters of the text can be covered: a stretch past its ends overlaps nothing there.
            int from = Math.Max(start, 0), to = Math.Min(end, _cover.Length);
            return from >= to || _cover.AsSpan(from, to - from).IndexOfAnyExcept((ushort)0) < 0;
        }

        foreach (var t in _found)
        {
            if (t.Span.Start < end && start < t.Span.End)
            {
                return false;
            }
        }

        return true;
    }

    public bool Add(Match m, TimeKind kind, string value, DateOnly? date = null) => Add(m.Index, m.Length, kind, value, date);

    public bool Add(Group g, TimeKind kind, string value, DateOnly? date = null) => Add(g.Index, g.Length, kind, value, date);

    public bool Add(int index, int length, TimeKind kind, string value, DateOnly? date = null)
    {
        if (length <= 0 || !IsFree(index, index + length))
        {
            return false;
        }

        _found.Add(new TimeExpression(Text.Substring(index, length), new TextSpan(index, index + length), kind, value, date));
        Cover(_found[^1].Span, 1);
        return true;
    }

    /// <summary>Replaces an expression already found (a wider span or a better value from a later pass).</summary>
    public void Replace(int position, TimeExpression expression)
    {
        Cover(_found[position].Span, -1);
        _found[position] = expression;
        Cover(expression.Span, 1);
    }

    private void Cover(TextSpan span, int step)
    {
        for (int i = Math.Max(span.Start, 0); i < Math.Min(span.End, _cover.Length); i++)
        {
            _cover[i] = (ushort)(_cover[i] + step);
        }
    }

    public List<TimeExpression> Sorted()
    {
        var list = new List<TimeExpression>(_found);
        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return list;
    }
}
