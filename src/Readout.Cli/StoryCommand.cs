using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Clustering.Storylines;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout story QUERY [--db FILE] [--json]</c>: the dated timeline of a person, organisation or topic.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "A name or topic, e.g. \"Lavrov\" or \"new start\"" };
        var db = new Option<string>("--db") { Description = "Embedded database file", DefaultValueFactory = _ => "readout.db" };
        var json = new Option<bool>("--json") { Description = "Print the storyline as JSON" };
        var command = new Command("story", "Print the dated timeline of events for an entity or topic") { query, db, json };
        command.SetAction(result => Run(result.GetValue(query)!, result.GetValue(db)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string query, string dbPath, bool json)
    {
        if (!File.Exists(dbPath))
        {
            Diagnostic.Error(dbPath, "no database here (run `readout analyze` first)");
            return ExitCodes.Failed;
        }

        using var store = SqliteStore.Open(dbPath);
        var keys = store.FindKeys(query);
        if (keys.Count == 0)
        {
            Console.Error.WriteLine($"readout: nothing stored matches '{query}'");
            return ExitCodes.SomeInputsRejected;
        }

        // The most used matching key is what the user meant; others are listed so they can be more precise.
        var key = keys[0];
        var events = store.EventsWithKey(key);
        var title = key.StartsWith("topic:", StringComparison.Ordinal) ? key["topic:".Length..] : events.SelectMany(e => e.Participants).FirstOrDefault(p => p.EntityKey == key)?.Name ?? key;
        var storyline = StorylineBuilder.Of(key, title, $"shared {(key.StartsWith("topic:", StringComparison.Ordinal) ? "topic" : "participant")}: {title}", events);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                JsonReportWriter.WriteStoryline(writer, storyline);
            }

            stdout.WriteByte((byte)'\n');
            return ExitCodes.Success;
        }

        Console.WriteLine($"{title} — {events.Count} events");
        var byId = events.ToDictionary(e => e.Id);
        foreach (var id in storyline.Events)
        {
            var e = byId[id];
            var date = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown";
            var who = string.Join(", ", e.Participants.Select(p => p.Name));
            Console.WriteLine($"  {date}  #{e.Id} {EventKindNames.Human(e.Kind)}{(who.Length > 0 ? $": {who}" : "")} ({e.Documents.Count} sources)");
        }

        if (keys.Count > 1)
        {
            Console.WriteLine($"  (also matching: {string.Join(", ", keys.Skip(1).Take(5))})");
        }

        return ExitCodes.Success;
    }
}
