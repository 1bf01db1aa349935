using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Comparison;
using Readout.Model;
using Readout.Storage;
using Spectre.Console;

namespace Readout.Cli;

/// <summary><c>readout compare EVENT_ID [--db FILE] [--json]</c>: how each source told one event, claim by claim.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("EVENT_ID") { Description = "Id of a stored event (see `readout analyze`)" };
        var db = new Option<string>("--db") { Description = "Embedded database file", DefaultValueFactory = _ => "readout.db" };
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON on stdout" };
        var command = new Command("compare", "Compare an event's sources claim by claim against its primary source") { id, db, json };
        command.SetAction(result => Run(result.GetValue(id), result.GetValue(db)!, result.GetValue(json)));
        return command;
    }

    private static int Run(long eventId, string dbPath, bool json)
    {
        if (!File.Exists(dbPath))
        {
            Diagnostic.Error(dbPath, "no such database");
            return ExitCodes.Failed;
        }

        using var store = SqliteStore.Open(dbPath);
        if (new EventComparer().Compare(store, eventId) is not { } comparison)
        {
            Console.Error.WriteLine($"readout: event {eventId} not found in {dbPath}");
            return ExitCodes.Failed;
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                ComparisonJsonWriter.Write(writer, comparison);
            }

            stdout.WriteByte((byte)'\n');
        }
        else
        {
            Render(comparison);
        }

        return ExitCodes.Success;
    }

    private static void Render(EventComparison comparison)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 160; // a file or pipe has no width; keep the table readable
        }
        console.WriteLine($"Event {comparison.Event}: primary document {comparison.Primary?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");
        foreach (var s in comparison.Sources)
        {
            var chain = s.Attribution.Count > 0 ? " via " + string.Join(" ← ", s.Attribution) : "";
            console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  [{s.Document}] {s.Path}: carries {s.ClaimsCarried:P0} of the primary's claims, {s.VerbatimShare:P0} verbatim, {(s.Syndicated ? "syndicated copy" : "independent report")}{chain}"));
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("claim");
        table.AddColumn("speaker");
        var documents = comparison.Sources.Select(s => s.Document).ToList();
        foreach (var document in documents)
        {
            table.AddColumn($"[[{document}]]");
        }

        foreach (var claim in comparison.Claims)
        {
            var row = new List<string> { Markup.Escape($"{claim.Id} {Shorten(claim.Text)}"), Markup.Escape(claim.Speaker ?? "") };
            row.AddRange(documents.Select(d => claim.Cells.FirstOrDefault(c => c.Document == d) is { } cell
                ? Markup.Escape(ComparisonJsonWriter.Name(cell.Verdict) + (cell.WhatChanged is { } w ? " (" + w + ")" : ""))
                : "—"));
            table.AddRow(row.ToArray());
        }

        console.Write(table);
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
