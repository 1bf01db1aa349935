using System.Globalization;
using Readout.Events;
using Readout.Model;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>
/// The timeline `readout story` prints: one entry per event in date order (kind, codes, who, where, topics, how many
/// sources), and between two entries why they belong together. An undated event says when it was first reported.
/// </summary>
internal static class StoryTimelineWriter
{
    public static void Write(Storyline storyline, IReadOnlyList<StoredEvent> events, IReadoutStore store, TextWriter output)
    {
        var byId = events.ToDictionary(e => e.Id);
        var reasons = storyline.Links.ToDictionary(l => l.To, l => l.Reason);
        output.WriteLine($"{storyline.Title} — {Count(storyline.Events.Count, "event")}");
        foreach (var id in storyline.Events)
        {
            var e = byId[id];
            if (reasons.TryGetValue(id, out var reason))
            {
                output.WriteLine($"      ↓ {reason}");
            }

            var codes = EventKindCodes.Plover(e.CameoCode) is { } plover ? $"CAMEO {e.CameoCode}, PLOVER {plover.Type}" : $"CAMEO {e.CameoCode}";
            var who = string.Join(", ", e.Participants.Select(p => p.Name));
            output.WriteLine($"  {When(e, store)}  #{e.Id} {EventKindNames.Human(e.Kind)} ({codes}){(who.Length > 0 ? $": {who}" : "")}"
                + $"{(e.Place is { } place ? $", in {place}" : "")} — {Count(e.Documents.Count, "source")}");
            if (e.Topics.Count > 0)
            {
                output.WriteLine($"              topics: {string.Join("; ", e.Topics)}");
            }
        }
    }

    // An undated event is placed after the dated ones; its first report's date bounds when it happened.
    private static string When(StoredEvent e, IReadoutStore store)
    {
        if (e.Date is { } date)
        {
            return Day(date);
        }

        var reported = store.GetDocumentSummaries(e.Documents).Select(d => d.Published).Where(d => d is not null).Min();
        return reported is { } first ? $"date unknown (reported {Day(first)})" : "date unknown";
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
