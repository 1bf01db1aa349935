using Readout.Model;

namespace Readout.Clustering;

/// <summary>
/// What clustering needs from wherever events are kept: candidate lookup that is sub-linear
/// (blocked by date window and participants), and the documents behind an event.
/// The embedded SQLite store implements it; a server store can too.
/// </summary>
public interface IEventIndex
{
    IReadOnlyList<StoredEvent> FindCandidates(CandidateQuery query);

    DocumentRef? GetDocument(long documentId);
}

/// <summary>Events of roughly this date sharing at least one of these participants (or, without participants, this kind).</summary>
public sealed record CandidateQuery(DateOnly? Date, int WindowDays, IReadOnlyCollection<string> EntityKeys, EventKind Kind);
