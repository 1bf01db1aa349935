using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Dates an event: a day-precise time expression in its evidence sentence (nearest the trigger), else in the
/// headline-like sentences that report the same event, else the dateline date of a lead sentence, else, for an
/// official readout reporting the event as done, its publication date. A date after publication is never used:
/// an event cannot be reported before it happens, so such a date is a resolution error.
/// </summary>
internal sealed partial class EventDateResolver
{
    private readonly Article _article;
    private readonly List<TimeExpression> _dates;

    public EventDateResolver(Article article, Annotations annotations)
    {
        _article = article;
        var published = article.Published?.Date;
        _dates = annotations.Times
            .Where(t => t.Kind == TimeKind.Date && t.Date is { } date && IsDayPrecise(t.Value) && (published is null || date <= published))
            .OrderBy(t => t.Span.Start)
            .ToList();
    }

    /// <summary>The dating time expression inside <paramref name="sentence"/> nearest to <paramref name="trigger"/>, if any.</summary>
    /// <remarks>Of equally near ones, the first in the text.</remarks>
    public TimeExpression? In(TextSpan sentence, TextSpan trigger)
    {
        TimeExpression? nearest = null;
        var best = int.MaxValue;
        for (var i = SortedSpans.FirstStartingAtOrAfter(_dates, sentence.Start, static t => t.Span); i < _dates.Count && _dates[i].Span.Start <= sentence.End; i++)
        {
            var date = _dates[i];
            if (date.Span.End <= sentence.End && Distance(date.Span, trigger) < best)
            {
                (nearest, best) = (date, Distance(date.Span, trigger));
            }
        }

        return nearest;
    }

    /// <summary>Date and date span for the main event, following the fallbacks in the type summary.</summary>
    public (DateOnly? Date, TextSpan? Span) ForMain(string body, TextSpan evidence, TextSpan trigger, IEnumerable<(TextSpan Sentence, TextSpan Trigger)> supporting, bool isLead)
    {
        if (In(evidence, trigger) is { } own)
        {
            return (own.Date, own.Span);
        }

        foreach (var (sentence, other) in supporting)
        {
            if (In(sentence, other) is { } near)
            {
                return (near.Date, near.Span);
            }
        }

        var published = _article.Published?.Date;
        if (isLead && _article.Dateline?.Date is { } filed && (published is null || filed <= published))
        {
            return (filed, null);
        }

        var text = body.AsSpan(evidence.Start, evidence.Length);
        if (_article.Role == SourceRole.Official && published is not null && !FutureCue().IsMatch(text))
        {
            return (published, null);
        }

        return (null, null);
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    // TIMEX3 day values ("2024-03-03"); a month or week ("2024-03", "2024-W09") cannot date a call.
    private static bool IsDayPrecise(string value) =>
        value.Length == 0 || DayValue().IsMatch(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex DayValue();

    [GeneratedRegex(@"\b(?:will|shall|is\s+(?:scheduled|expected|due)|are\s+(?:scheduled|expected|due)|plans?\s+to|tomorrow|next\s+week)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();
}
