using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Events;

/// <summary>
/// What a document's events are about, as a few lowercase canonical strings: treaties the annotation stage
/// found anywhere in the document, then salient key phrases (capitalised multiword names that are not people,
/// places or organisations, and content-word bigrams repeated in the body or used in the title).
/// Phrases come from the text itself, never from a fixed topic list.
/// </summary>
internal sealed partial class TopicExtractor
{
    public const int MaxTopics = 6;

    // Function words, reporting verbs and the event vocabulary itself: none of them names a subject.
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "by", "at", "from", "as", "that", "this", "these", "those",
        "upon", "into", "within", "over", "under", "through", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "its", "their", "his", "her", "they", "it",
        "said", "says", "noted", "added", "discussed", "discuss", "stressed", "expressed", "also", "both", "two", "sides", "side",
        "first", "second", "new", "other", "such", "each", "all", "well", "including", "between", "during", "about", "which",
        "phone", "telephone", "call", "calls", "conversation", "conversations", "talks", "meeting", "visit", "statement", "press",
        "release", "video", "conference", "minister", "ministers", "secretary", "president", "presidents", "officials", "counterpart",
        "issues", "issue", "matters", "range", "wide", "entire", "general", "relevant", "earlier", "recent", "current", "detailed",
        "willingness", "readiness", "interest", "need", "situation", "prospects", "field", "sphere", "part", "way", "view", "views",
        "same", "time", "did", "not", "does", "can", "could", "should", "may", "might", "must", "very", "more", "most", "only",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "one", "three", "four", "five", "six", "seven", "ten",
    };

    // Title and calendar words: a capitalised phrase holding one is a role or a date, not a topic.
    private static readonly HashSet<string> NotTopicWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "ministry", "secretary", "president", "prime", "foreign", "ambassador", "chancellor", "spokesperson", "spokesman",
        "department", "office", "state", "mr", "mrs", "ms", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "press", "release", "statement", "telephone", "conversation", "meeting", "visit",
    };

    private readonly string _body;

    // Mentions by start, with the furthest end reached so far: whether a phrase overlaps any mention is then one
    // binary search, not a scan of every mention per phrase.
    private readonly List<Mention> _mentions;
    private readonly int[] _furthestEnd;
    private readonly List<Mention> _treaties;

    public TopicExtractor(string body, Annotations annotations)
    {
        _body = body;
        _mentions = [.. annotations.Mentions.OrderBy(m => m.Span.Start)];
        _furthestEnd = new int[_mentions.Count];
        for (var i = 0; i < _mentions.Count; i++)
        {
            _furthestEnd[i] = Math.Max(i > 0 ? _furthestEnd[i - 1] : int.MinValue, _mentions[i].Span.End);
        }

        _treaties = [.. _mentions.Where(m => m.Kind == MentionKind.Treaty)];
    }

    /// <summary>Topics for the whole document (treaties first), at most <see cref="MaxTopics"/>.</summary>
    public List<string> ForDocument(string? title, IReadOnlyList<TextSpan> sentences)
    {
        var topics = _treaties.ConvertAll(TreatyTopic);
        var scores = new Dictionary<string, (int Score, int First)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            Score(scores, NamePhrases(sentence), weight: 2);
            Score(scores, Bigrams(_body.AsSpan(sentence.Start, sentence.Length).ToString()), weight: 1);
        }

        if (title is not null)
        {
            Score(scores, Bigrams(title), weight: 1);
        }

        // A phrase is salient when it is a name (score 2) or is repeated; one-off common bigrams are noise.
        topics.AddRange(scores.Where(p => p.Value.Score >= 2)
            .OrderByDescending(p => p.Value.Score).ThenBy(p => p.Value.First)
            .Select(p => p.Key));
        return topics.Distinct(StringComparer.Ordinal).Where(t => !IsCovered(t, topics)).Take(MaxTopics).ToList();
    }

    /// <summary>The document topics that the evidence span itself mentions (for a secondary event).</summary>
    public List<string> ForSpan(TextSpan span, IReadOnlyList<string> documentTopics)
    {
        var text = _body.AsSpan(span.Start, span.Length);
        var topics = new List<string>();
        for (var i = SortedSpans.FirstStartingAtOrAfter(_treaties, span.Start, static m => m.Span); i < _treaties.Count && _treaties[i].Span.Start <= span.End; i++)
        {
            if (_treaties[i].Span.End <= span.End)
            {
                topics.Add(TreatyTopic(_treaties[i]));
            }
        }

        foreach (var topic in documentTopics)
        {
            if (text.Contains(topic, StringComparison.OrdinalIgnoreCase))
            {
                topics.Add(topic);
            }
        }

        return topics.Distinct(StringComparer.Ordinal).Take(MaxTopics).ToList();
    }

    // One topic per treaty whatever the spelling ("New START", "New Strategic Arms Reduction Treaty"): its entity
    // key is the form every document shares.
    // A key that is bare initials ("inf") would read as a word: it is named "inf treaty".
    internal static string TreatyTopic(Mention mention)
    {
        if (!mention.EntityKey.StartsWith("treaty:", StringComparison.Ordinal))
        {
            return Canonical(mention.Text);
        }

        var key = mention.EntityKey["treaty:".Length..];
        return key.Contains('-', StringComparison.Ordinal) || key.Length > 5 ? Canonical(key.Replace('-', ' ')) : $"{key} treaty";
    }

    private static void Score(Dictionary<string, (int Score, int First)> scores, IEnumerable<(string Phrase, int At)> phrases, int weight)
    {
        foreach (var (phrase, at) in phrases)
        {
            scores[phrase] = scores.TryGetValue(phrase, out var s) ? (s.Score + weight, s.First) : (weight, at);
        }
    }

    private IEnumerable<(string, int)> NamePhrases(TextSpan sentence)
    {
        for (var match = NamePhrase().Match(_body, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            // The sentence's first word is capitalised anyway; annotated names are people, places, bodies or treaties.
            // Dropping that word looks for its space inside the phrase only: past the phrase there is no phrase left.
            var space = match.Index == sentence.Start ? _body.AsSpan(match.Index, match.Length).IndexOf(' ') : -1;
            if (match.Index == sentence.Start && space < 0)
            {
                continue;
            }

            var start = match.Index == sentence.Start ? match.Index + space + 1 : match.Index;
            foreach (var span in Conjuncts(new TextSpan(start, match.Index + match.Length)))
            {
                var words = _body[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length >= 2 && char.IsUpper(words[0][0]) && !words.Any(NotTopicWords.Contains) && !OverlapsMention(span))
                {
                    yield return (Canonical(string.Join(' ', words)), span.Start);
                }
            }
        }
    }

    // "Valmora and Port Karva", "the Ostravian and Belmarian missions" join two names: each is a phrase of its own.
    // After "of", "on" or "for" the "and" is inside one title ("Use of Information and Communication Technologies").
    private List<TextSpan> Conjuncts(TextSpan phrase)
    {
        var parts = new List<TextSpan>(1);
        var text = _body.AsSpan(phrase.Start, phrase.Length);
        var from = 0;
        for (var at = text.IndexOf(" and ", StringComparison.Ordinal); at >= 0;)
        {
            var head = text[..at];
            if (!head.Contains(" of ", StringComparison.Ordinal) && !head.Contains(" on ", StringComparison.Ordinal) && !head.Contains(" for ", StringComparison.Ordinal))
            {
                parts.Add(new TextSpan(phrase.Start + from, phrase.Start + at));
                from = at + " and ".Length;
            }

            var next = text[(at + 1)..].IndexOf(" and ", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        parts.Add(new TextSpan(phrase.Start + from, phrase.End));
        return parts;
    }

    // The mentions starting before the span's end overlap it when the furthest of their ends lies past its start.
    private bool OverlapsMention(TextSpan span)
    {
        var last = SortedSpans.FirstStartingAtOrAfter(_mentions, span.End, static m => m.Span) - 1;
        return last >= 0 && _furthestEnd[last] > span.Start;
    }

    private static IEnumerable<(string, int)> Bigrams(string text)
    {
        string? previous = null;
        foreach (Match word in Word().Matches(text))
        {
            var value = word.Value;
            var content = char.IsLower(value[0]) && value.Length > 2 && !StopWords.Contains(value);
            if (content && previous is not null)
            {
                yield return ($"{previous} {value}", word.Index);
            }

            previous = content ? value : null;
        }
    }

    private static bool IsCovered(string topic, List<string> topics) =>
        topics.Any(other => other.Length > topic.Length && $" {other} ".Contains($" {topic} ", StringComparison.Ordinal));

    private static string Canonical(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), " ");

    // Two or more capitalised words, allowing "of", "on", "and", "for" between them ("Treaty on Open Skies").
    [GeneratedRegex(@"\p{Lu}[\p{L}\d-]+(?:\s+(?:(?:of|on|and|for|the)\s+)?\p{Lu}[\p{L}\d-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex NamePhrase();

    [GeneratedRegex(@"\p{L}[\p{L}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
