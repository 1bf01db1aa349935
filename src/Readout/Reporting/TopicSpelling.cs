using Readout.Events;
using Readout.Model;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>
/// How a topic is written for a reader. Topics are stored lowercase so that every spelling is one key ("new start");
/// titles show the form the sources use: the treaty's name as written, else the phrase as it first appears
/// capitalised in a source ("New START Treaty", "Harbour Inspection Protocol"). A phrase never written with a capital
/// stays as stored ("strategic stability").
/// </summary>
public sealed class TopicSpelling
{
    // A few sources suffice to find a spelling; reading more would only cost time.
    private const int SourcesRead = 4;

    private readonly Func<string, IEnumerable<StoredDocument>> _sourcesOf;
    private readonly Dictionary<string, string> _spelled = new(StringComparer.Ordinal);

    /// <param name="sourcesOf">The documents of the events that carry a topic, primary sources first.</param>
    public TopicSpelling(Func<string, IEnumerable<StoredDocument>> sourcesOf) => _sourcesOf = sourcesOf;

    /// <summary>Spellings from a report's documents, reading the primary sources of the events carrying each topic.</summary>
    public static TopicSpelling Of(IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<long, StoredDocument> documents)
    {
        // Built on first use: one pass over the events, not one per topic spelled.
        var carriers = new Lazy<ILookup<string, StoredEvent>>(() =>
            events.SelectMany(e => e.Topics.Distinct(StringComparer.Ordinal).Select(t => (Topic: t, Event: e))).ToLookup(p => p.Topic, p => p.Event, StringComparer.Ordinal));
        return new(topic => carriers.Value[topic]
            .SelectMany(e => e.Primary is { } p ? e.Documents.Where(d => d != p).Prepend(p) : e.Documents)
            .Distinct()
            .Select(id => documents.GetValueOrDefault(id))
            .OfType<StoredDocument>());
    }

    /// <summary>The topic a treaty entity gives its events ("treaty:cal" → "cal treaty"): the way back from a name to a topic.</summary>
    public static string TopicOfTreaty(string entityKey, string name) =>
        TopicExtractor.TreatyTopic(new Mention(MentionKind.Treaty, name, default, entityKey));

    public string Spell(string topic)
    {
        if (!_spelled.TryGetValue(topic, out var spelled))
        {
            _spelled[topic] = spelled = Find(topic) ?? topic;
        }

        return spelled;
    }

    private string? Find(string topic)
    {
        foreach (var document in _sourcesOf(topic).Take(SourcesRead))
        {
            foreach (var mention in document.Annotations.Mentions)
            {
                if (mention.Kind == MentionKind.Treaty && TopicExtractor.TreatyTopic(mention) == topic)
                {
                    return mention.Text;
                }
            }

            if (Capitalised(document.Article.Body, topic) is { } written)
            {
                return written;
            }
        }

        return null;
    }

    // The first whole-word occurrence with a capital letter in it; "arms control" written lowercase is left alone.
    private static string? Capitalised(string body, string topic)
    {
        var text = body.AsSpan();
        for (var at = text.IndexOf(topic, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var end = at + topic.Length;
            var word = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            var found = text.Slice(at, topic.Length);
            if (word && HasCapital(found, sentenceStart: text[..at].TrimEnd() is var before && (before.IsEmpty || ".!?:\"“”".Contains(before[^1]))))
            {
                return found.ToString();
            }

            var next = text[end..].IndexOf(topic, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : end + next;
        }

        return null;
    }

    // A capital only at a sentence's start says nothing about how the phrase is written.
    private static bool HasCapital(ReadOnlySpan<char> found, bool sentenceStart)
    {
        for (var i = sentenceStart ? 1 : 0; i < found.Length; i++)
        {
            if (char.IsUpper(found[i]))
            {
                return true;
            }
        }

        return false;
    }
}
