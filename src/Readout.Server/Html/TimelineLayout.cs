using Readout.Model;

namespace Readout.Server.Html;

/// <summary>One dated event on the timeline, in SVG user units.</summary>
public sealed record TimelinePoint(StoredEvent Event, double Y, string Date, string Label);

/// <summary>
/// Lays out a person's dated events top to bottom: distance on the axis is proportional to time, so
/// gaps read as gaps, but rows keep a minimum spacing so labels never overlap.
/// </summary>
public sealed class TimelineLayout
{
    public const double Width = 900;
    public const double AxisX = 130;
    private const double Top = 30;
    private const double Span = 520;
    private const double MinGap = 34;

    private TimelineLayout(IReadOnlyList<TimelinePoint> points, double height)
    {
        Points = points;
        Height = height;
    }

    public IReadOnlyList<TimelinePoint> Points { get; }

    public double Height { get; }

    public double AxisTop => Top - 15;

    public double AxisBottom => Height - 15;

    public static TimelineLayout Of(IEnumerable<StoredEvent> events, string entityKey)
    {
        var dated = events.Where(e => e.Date is not null).OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
        var points = new List<TimelinePoint>();
        if (dated.Count > 0)
        {
            var first = dated[0].Date!.Value.DayNumber;
            var days = Math.Max(1, dated[^1].Date!.Value.DayNumber - first);
            var y = double.MinValue;
            foreach (var e in dated)
            {
                y = Math.Max(Top + Span * (e.Date!.Value.DayNumber - first) / days, y + MinGap);
                points.Add(new TimelinePoint(e, y, Display.Date(e.Date), Label(e, entityKey)));
            }
        }

        var height = points.Count == 0 ? 60 : points[^1].Y + 40;
        return new TimelineLayout(points, height);
    }

    /// <summary>"telephone conversation with Edwin Larcombe" (the timeline's own person left out).</summary>
    private static string Label(StoredEvent e, string entityKey)
    {
        var others = e.Participants.Where(p => p.EntityKey != entityKey).ToList();
        var label = Display.Kind(e.Kind) + (others.Count > 0 ? " with " + Display.Names(others) : "");
        return e.Place is { Length: > 0 } place ? $"{label}, {place}" : label;
    }
}
