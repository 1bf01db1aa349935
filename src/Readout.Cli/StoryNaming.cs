using Readout.Model;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>
/// A story for a name that takes part in no event, such as an organisation (a ministry issuing readouts, a forum the
/// ministers discuss): the events reported by the documents that name it, found through the full-text index and kept
/// only where the annotation stage resolved an entity of that name.
/// </summary>
internal static class StoryNaming
{
    // Documents read to confirm the name: a timeline, not an exhaustive listing.
    private const int DocumentsRead = 200;

    public static FoundStory? Find(IReadoutStore store, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return null;
        }

        Entity? named = null;
        var documents = new List<long>();
        foreach (var hit in store.Search(new SearchQuery(query) { Limit = DocumentsRead }).Documents.Items)
        {
            if (store.GetStoredDocument(hit.Document.Id) is not { } document)
            {
                continue;
            }

            var entity = document.Annotations.Entities.FirstOrDefault(e => Names(e, words) && (named is null || e.Key == named.Key));
            if (entity is not null)
            {
                named ??= entity;
                documents.Add(document.Id);
            }
        }

        if (named is null || documents.Count == 0)
        {
            return null;
        }

        // A treaty is an event topic: its story is the events about it, not every event its reports mention.
        if (named.Kind == MentionKind.Treaty)
        {
            var topic = "topic:" + TopicSpelling.TopicOfTreaty(named.Key, named.Name);
            var about = store.EventsWithKey(topic);
            if (about.Count > 0)
            {
                return new FoundStory(topic, topic["topic:".Length..], about, $"shared topic: {named.Name}");
            }
        }

        var events = store.EventsOfDocuments(documents);
        return events.Count == 0 ? null : new FoundStory(named.Key, named.Name, events, $"sources naming {named.Name}");
    }

    // Every word of the query in one of its names, or the query is the name's initials ("CALT").
    private static bool Names(Entity entity, string[] words) =>
        entity.Aliases.Prepend(entity.Name).Any(name =>
            words.All(w => name.Contains(w, StringComparison.OrdinalIgnoreCase))
            || (words.Length == 1 && words[0].Length >= 2 && words[0].Equals(Initials(name), StringComparison.OrdinalIgnoreCase)));

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
}
