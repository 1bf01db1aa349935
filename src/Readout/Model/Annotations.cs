namespace Readout.Model;

public enum MentionKind
{
    Person,
    Organization,
    Place,
    Treaty,
    Other,
}

/// <summary>
/// A named thing as written in one document's body. <see cref="EntityKey"/> is stable across
/// documents: spelling and transliteration variants of one name share it.
/// </summary>
public sealed record Mention(MentionKind Kind, string Text, TextSpan Span, string EntityKey)
{
    /// <summary>A title or description standing in for a named entity ("the minister"), resolved by coreference; not a name.</summary>
    public bool IsNominal { get; init; }
}

/// <summary>A resolved entity within one document: its best name and, for people, role and country at the document's date.</summary>
public sealed record Entity(
    string Key,
    MentionKind Kind,
    string Name,
    string? Role = null,
    string? Country = null)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Whether <see cref="Role"/> was read in the text or taken from the actor dictionary; null without a role.</summary>
    public RoleSource? RoleSource { get; init; }

    /// <summary>Set when <see cref="Country"/> was taken from the actor dictionary; null when the text gave it or there is none.</summary>
    public RoleSource? CountrySource { get; init; }
}

public enum TimeKind
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A time expression with its TIMEX3-style value ("2021-02-04", "2021-W05", "P1D"), resolved against the document date.</summary>
public sealed record TimeExpression(string Text, TextSpan Span, TimeKind Kind, string Value, DateOnly? Date);

/// <summary>Everything the annotation stage found in one document.</summary>
public sealed record Annotations(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<TimeExpression> Times)
{
    public static Annotations Empty { get; } = new([], [], []);

    public Entity? FindEntity(string key) => Entities.FirstOrDefault(e => e.Key == key);
}
