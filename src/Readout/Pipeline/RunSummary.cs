using Readout.Ingest;

namespace Readout.Pipeline;

/// <summary>What one <c>analyze</c> run did.</summary>
public sealed record RunSummary
{
    public int Files { get; init; }
    public int DocumentsNew { get; init; }
    public int DocumentsDuplicate { get; init; }
    public IReadOnlyList<IngestRejection> Rejected { get; init; } = [];

    /// <summary>Stored documents with a caveat and its reason (a body cut at <see cref="AnnotationLimit"/>).</summary>
    public IReadOnlyList<IngestRejection> Warnings { get; init; } = [];
    public int EventsNew { get; init; }
    public int EventsUpdated { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Stored ids of every document this run met, new or already stored, in input order.</summary>
    public IReadOnlyList<long> DocumentIds { get; init; } = [];
}

/// <summary>Progress of a run, reported after each stored batch.</summary>
public readonly record struct RunProgress(int Files, int Documents, string? CurrentPath);
