namespace Readout.Model;

/// <summary>An event as stored: the merged view of every document that reports it.</summary>
public sealed record StoredEvent
{
    public long Id { get; init; }
    public EventKind Kind { get; init; }
    public required string CameoCode { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<Participant> Participants { get; init; } = [];
    public string? Place { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<long> Documents { get; init; } = [];
    public long? Primary { get; init; }
}

/// <summary>A stored document's identity plus what clustering needs to compare it (no body).</summary>
public sealed record DocumentRef(long Id, string Path, DateOnly? Published, SourceRole Role, bool HasAttribution);
