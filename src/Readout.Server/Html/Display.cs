using System.Globalization;
using Readout.Model;
using Readout.Reporting;

namespace Readout.Server.Html;

/// <summary>How values read in the UI.</summary>
public static class Display
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown";

    public static string Kind(EventKind kind) => EventKindNames.Human(kind);

    public static string Role(SourceRole role) => role switch
    {
        SourceRole.Official => "official",
        SourceRole.MediaReport => "media report",
        _ => "unknown role",
    };

    /// <summary>"Andrey Valkov and Edwin Larcombe", "A, B and C": for titles of events.</summary>
    public static string Names(IEnumerable<Participant> participants)
    {
        var names = participants.Select(p => p.Name).ToList();
        return names.Count switch
        {
            0 => "(no named participants)",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    public static string Title(string? title) => string.IsNullOrWhiteSpace(title) ? "(untitled)" : title;
}
