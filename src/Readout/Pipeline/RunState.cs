using Readout.Ingest;

namespace Readout.Pipeline;

/// <summary>Counters of a run in progress.</summary>
internal sealed class RunState(Action<IngestRejection>? onRejected)
{
    private readonly List<IngestRejection> _rejected = [];
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
        EventsNew = _eventsNew,
        EventsUpdated = _eventsUpdated,
        Elapsed = elapsed,
        DocumentIds = DocumentIds,
    };
}
