using Readout.Ingest;

namespace Readout.Pipeline;

/// <summary>Counters of a run in progress.</summary>
internal sealed class RunState(Action<IngestRejection>? onRejected)
{
    private readonly List<IngestRejection> _rejected = [];
    private readonly List<IngestRejection> _warnings = [];
    private int _new;
    private int _duplicate;
    private int _eventsNew;
    private int _eventsUpdated;

    public int Files { get; set; }

    public List<long> DocumentIds { get; } = [];

    public void Reject(IngestRejection rejection)
    {
        _rejected.Add(rejection);
        onRejected?.Invoke(rejection);
    }

    /// <summary>A stored document with a caveat (its body cut for annotation): told in the summary, not a rejection.</summary>
    public void Warn(IngestRejection warning) => _warnings.Add(warning);

    public void Added(long id)
    {
        _new++;
        DocumentIds.Add(id);
    }

    public void Duplicate(long id)
    {
        _duplicate++;
        DocumentIds.Add(id);
    }

    public void CountEvent(bool isNew)
    {
        if (isNew)
        {
            _eventsNew++;
        }
        else
        {
            _eventsUpdated++;
        }
    }

    public RunSummary ToSummary(TimeSpan elapsed) => new()
    {
        Files = Files,
        DocumentsNew = _new,
        DocumentsDuplicate = _duplicate,
        Rejected = _rejected,
        Warnings = _warnings,
        EventsNew = _eventsNew,
        EventsUpdated = _eventsUpdated,
        Elapsed = elapsed,
        DocumentIds = DocumentIds,
    };
}
