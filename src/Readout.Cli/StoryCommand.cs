using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Clustering.Storylines;
using Readout.Model;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout story QUERY [--db FILE] [--json]</c>: the dated timeline of a person, organisation or topic.</summary>
internal static class StoryCommand
{
    private const string TopicPrefix = "topic:";

    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "A person, organisation or topic, e.g. \"Lavrov\", \"Foreign Ministry\" or \"new start\"" };
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
        var story = keys.Count > 0 ? ByKey(store, keys[0]) : StoryNaming.Find(store, query);
        if (story is null)
        {
            Console.Error.WriteLine($"readout: nothing stored matches '{query}'");
            return ExitCodes.SomeInputsRejected;
        }

        var spelling = new TopicSpelling(topic => Sources(store, story.Events.Where(e => e.Topics.Contains(topic, StringComparer.Ordinal))));
        var title = story.Key.StartsWith(TopicPrefix, StringComparison.Ordinal) ? spelling.Spell(story.Title) : story.Title;
        var storyline = StorylineBuilder.Of(story.Key, title, story.Events, spelling.Spell, story.Reason);
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

        StoryTimelineWriter.Write(storyline, story.Events, store, Console.Out);
        if (keys.Count > 1)
        {
            Console.WriteLine($"  (also matching: {string.Join(", ", keys.Skip(1).Take(5))})");
        }

        return ExitCodes.Success;
    }

    // The most used matching key is what the user meant; others are listed so they can be more precise.
    private static FoundStory ByKey(IReadoutStore store, string key)
    {
        var events = store.EventsWithKey(key);
        var topic = key.StartsWith(TopicPrefix, StringComparison.Ordinal);
        var title = topic ? key[TopicPrefix.Length..] : events.SelectMany(e => e.Participants).FirstOrDefault(p => p.EntityKey == key)?.Name ?? key;
        return new FoundStory(key, title, events, topic ? $"shared topic: {title}" : $"same participant: {title}");
    }

    private static IEnumerable<StoredDocument> Sources(IReadoutStore store, IEnumerable<StoredEvent> events) =>
        events.SelectMany(e => e.Primary is { } p ? e.Documents.Where(d => d != p).Prepend(p) : e.Documents)
            .Distinct().Select(store.GetStoredDocument).OfType<StoredDocument>();
}

/// <summary>What a query found: the key or entity it stands for, its events, and the reason to give when two events share nothing else.</summary>
internal sealed record FoundStory(string Key, string Title, IReadOnlyList<StoredEvent> Events, string Reason);
