namespace Readout.Model;

/// <summary>What kind of happening; coded to CAMEO by <see cref="EventKindCodes"/>.</summary>
public enum EventKind
{
    TelephoneCall,
    VideoCall,
    Meeting,
    Visit,
    Talks,
    JointStatement,
    Statement,
    AgreementSigned,
    Other,
}

/// <summary>Someone taking part in an event, as the entity stage resolved them.</summary>
public sealed record Participant(string EntityKey, string Name, string? Role, string? Country)
{
    /// <summary>Whether <see cref="Role"/> was read in the text or taken from the actor dictionary; null without a role.</summary>
    public RoleSource? RoleSource { get; init; }

    /// <summary>The CAMEO actor code at the event's date ("RUSGOV"); null when unknown (and in rows stored before codes).</summary>
    public string? ActorCode { get; init; }

    /// <summary>The CAMEO country code within <see cref="ActorCode"/> ("RUS"); null for a non-state actor or no code.</summary>
    public string? ActorCountryCode { get; init; }

    /// <summary>Which path gave <see cref="ActorCode"/>; null without a code.</summary>
    public ActorCodeSource? ActorCodeSource { get; init; }

    /// <summary>Set when <see cref="Country"/> was taken from the actor dictionary; null when the text gave it or there is none.</summary>
    public RoleSource? CountrySource { get; init; }

    /// <summary>This participant, with <paramref name="other"/>'s country (and its source) when it has none.</summary>
    public Participant WithCountryFrom(Participant other)
        => Country is null && other.Country is not null ? this with { Country = other.Country, CountrySource = other.CountrySource } : this;
}

/// <summary>
/// One event as a single document reports it. <see cref="Evidence"/> is the sentence that reports it,
/// <see cref="DateSpan"/> the words that date it (both into the body).
/// </summary>
public sealed record EventMention(
    EventKind Kind,
    string CameoCode,
    DateOnly? Date,
    TextSpan? DateSpan,
    TextSpan Evidence,
    IReadOnlyList<Participant> Participants,
    string? Place,
    IReadOnlyList<string> Topics)
{
    /// <summary>The CAMEO actor code of a coded event's source ("RUS", "USAGOV"), when the actor dictionary knows it.</summary>
    public string? SourceActor { get; init; }

    /// <summary>The CAMEO actor code of a coded event's target, when the actor dictionary knows it.</summary>
    public string? TargetActor { get; init; }
}

/// <summary>A document with everything the pipeline derived from it, ready to cluster and store.</summary>
public sealed record AnalyzedDocument(
    RawDocument Raw,
    Article Article,
    Annotations Annotations,
    IReadOnlyList<EventMention> Events);
