using System.Globalization;
using Readout.Events;
using Readout.Model;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>The readable report: events with date, kind, participants, topics and sources (primary marked), then the run summary.</summary>
public static class TextReportWriter
{
    public static void Write(AnalysisReport report, RunSummary summary, TextWriter output)
    {
        var documents = report.Documents.ToDictionary(d => d.Id);
        output.WriteLine(report.Events.Count == 0 ? "No events found." : $"Events ({report.Events.Count})");
        foreach (var storedEvent in report.Events)
        {
            output.WriteLine();
            output.WriteLine($"#{storedEvent.Id}  {Date(storedEvent.Date)}  {EventKindNames.Human(storedEvent.Kind)} ({Codes(storedEvent.CameoCode)}){(storedEvent.Place is { } place ? $", {place}" : "")}");
            if (EventEvidence.DateWords(storedEvent, documents) is { } dated)
            {
                output.WriteLine($"    dated by “{Shorten(dated.Words, 60)}” in [{dated.Document}]");
            }

            foreach (var participant in storedEvent.Participants)
            {
                var role = string.Join(", ", new[] { participant.Role, participant.Country }.Where(s => !string.IsNullOrEmpty(s)));
                var code = participant.ActorCode is { } c ? $" [{c}]" : "";
                output.WriteLine($"    {participant.Name}{(role.Length > 0 ? $" — {role}" : "")}{code}");
            }

            if (storedEvent.Topics.Count > 0)
            {
                output.WriteLine($"    topics: {string.Join("; ", storedEvent.Topics)}");
            }

            foreach (var id in storedEvent.Documents)
            {
                var marker = id == storedEvent.Primary ? "primary " : "        ";
                output.WriteLine($"    {marker}[{id}] {Describe(documents.GetValueOrDefault(id))}");
            }
        }

        if (report.Storylines.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Storylines ({report.Storylines.Count})");
            var events = report.Events.ToDictionary(e => e.Id);
            foreach (var storyline in report.Storylines.Take(10))
            {
                var steps = storyline.Events.Select(id => events.TryGetValue(id, out var e) ? $"#{id} {Date(e.Date)}" : $"#{id}");
                output.WriteLine($"    {storyline.Title}: {string.Join(" → ", steps)}");
            }
        }

        if (report.NearCopies.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Near copies ({report.NearCopies.Count})");
            foreach (var (id, copy) in report.NearCopies.OrderBy(c => c.Key))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    [{id}] {Describe(documents.GetValueOrDefault(id))} — near copy of [{copy.Original}] (≈{copy.Similarity:0.00})"));
            }
        }

        output.WriteLine();
        WriteSummary(summary, output);
    }

    public static void WriteSummary(RunSummary summary, TextWriter output)
    {
        var seconds = summary.Elapsed.TotalSeconds;
        var documents = summary.DocumentsNew + summary.DocumentsDuplicate;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Files} files; documents: {summary.DocumentsNew} new, {summary.DocumentsDuplicate} duplicate, {summary.Rejected.Count} rejected; " +
            $"events: {summary.EventsNew} new, {summary.EventsUpdated} updated; {seconds:0.00} s ({(seconds > 0 ? documents / seconds : 0):0} docs/s)"));
    }

    private static string Describe(StoredDocument? document)
    {
        if (document is null)
        {
            return "(not loaded)";
        }

        var article = document.Article;
        var title = article.Title is { Length: > 0 } t ? Shorten(t, 80) : "(untitled)";
        var when = article.Published is { } p ? $"published {Date(p.Date)}" : "publication date unknown";
        var outlet = article.Outlet is { Length: > 0 } o ? $"{o}, " : "";
        return $"{title} ({outlet}{when}) — {article.Path}";
    }

    // PLOVER has no type for CAMEO's 01x statements: only the CAMEO code is shown then.
    private static string Codes(string cameo) =>
        EventKindCodes.Plover(cameo) is { } plover ? $"CAMEO {cameo}, PLOVER {plover.Type}{(plover.Mode is { } mode ? $"/{mode}" : "")}" : $"CAMEO {cameo}";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown";

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
