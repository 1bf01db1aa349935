using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>
/// Builds an <see cref="Article"/> and its <see cref="Annotations"/> by hand, the way the annotation stage
/// would: every occurrence of a registered name or time phrase in the body becomes a mention with its span.
/// </summary>
internal sealed class DocumentFixture
{
    private readonly List<(string Text, MentionKind Kind, string Key)> _names = [];
    private readonly List<Entity> _entities = [];
    private readonly List<(string Text, string Value)> _times = [];

    public DocumentFixture(string body) => Body = body;

    public string Body { get; }

    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public SourceRole Role { get; init; } = SourceRole.Official;

    public Dateline? Dateline { get; init; }

    public bool Attributed { get; init; }

    /// <summary>A person known by <paramref name="key"/>; <paramref name="spellings"/> are the forms the body uses.</summary>
    public DocumentFixture Person(string key, string name, string? role, string? country, params string[] spellings)
    {
        _entities.Add(new Entity(key, MentionKind.Person, name, role, country));
        foreach (var text in spellings.Length == 0 ? [name] : spellings)
        {
            _names.Add((text, MentionKind.Person, key));
        }

        return this;
    }

    public DocumentFixture Thing(MentionKind kind, string key, string name, params string[] spellings)
    {
        _entities.Add(new Entity(key, kind, name));
        foreach (var text in spellings.Length == 0 ? [name] : spellings)
        {
            _names.Add((text, kind, key));
        }

        return this;
    }

    /// <summary>A time expression; <paramref name="value"/> is its TIMEX3 value, a day ("2024-03-03") resolving to a date.</summary>
    public DocumentFixture Time(string text, string value)
    {
        _times.Add((text, value));
        return this;
    }

    public Article Article => new()
    {
        Path = "fixture.txt",
        Title = Title,
        Body = Body,
        Role = Role,
        Published = Published is { } date ? new DateEvidence(date, DateSource.MetaTag, 0.9) : null,
        Dateline = Dateline,
        Attribution = Attributed ? [new AttributionLink("Norland News Agency", "reported", new TextSpan(0, 1))] : [],
    };

    public Annotations Annotations
    {
        get
        {
            var mentions = new List<Mention>();
            foreach (var (text, kind, key) in _names.OrderByDescending(n => n.Text.Length))
            {
                foreach (var span in Occurrences(text))
                {
                    // Longest names first; a shorter spelling inside a longer one ("Valkov" in "Dmitri Valkov") is the same mention.
                    if (!mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End))
                    {
                        mentions.Add(new Mention(kind, text, span, key));
                    }
                }
            }

            var times = _times.SelectMany(t => Occurrences(t.Text).Select(span => new TimeExpression(
                t.Text, span, TimeKind.Date, t.Value, DateOnly.TryParse(t.Value, out var d) ? d : null))).ToList();
            return new Annotations(mentions.OrderBy(m => m.Span.Start).ToList(), _entities, times);
        }
    }

    public IReadOnlyList<EventMention> Detect() => new Readout.Events.EventDetector().Detect(Article, Annotations);

    private IEnumerable<TextSpan> Occurrences(string text)
    {
        for (var at = Body.IndexOf(text, StringComparison.Ordinal); at >= 0; at = Body.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            var end = at + text.Length;
            var whole = (at == 0 || !char.IsLetter(Body[at - 1])) && (end == Body.Length || !char.IsLetter(Body[end]));
            if (whole)
            {
                yield return new TextSpan(at, end);
            }
        }
    }
}
