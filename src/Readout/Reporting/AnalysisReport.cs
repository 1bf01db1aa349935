using Readout.Clustering.Storylines;
using Readout.Model;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>What a run reports: the documents it met and every event those documents report (with all their sources).</summary>
public sealed record AnalysisReport(IReadOnlyList<StoredDocument> Documents, IReadOnlyList<StoredEvent> Events)
{
    /// <summary>The report's events linked over time (by shared topics and recurring pairs of participants).</summary>
    public IReadOnlyList<Storyline> Storylines { get; init; } = [];

    /// <summary>The documents that nearly copy an earlier document of the report, by id.</summary>
    public IReadOnlyDictionary<long, DocumentCopy> NearCopies { get; init; } = new Dictionary<long, DocumentCopy>();

    /// <summary>Loads the run's documents, their events, and any other document those events cite.</summary>
    public static AnalysisReport Build(IReadoutStore store, IEnumerable<long> documentIds)
    {
        var ids = documentIds.Distinct().ToList();
        var events = store.EventsOfDocuments(ids).OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id).ToList();
        var seen = new HashSet<long>(ids);
        foreach (var storedEvent in events)
        {
            foreach (var id in storedEvent.Documents)
            {
                if (seen.Add(id))
                {
                    ids.Add(id);
                }
            }
        }

        var documents = ids.Order().Select(store.GetStoredDocument).OfType<StoredDocument>().ToList();
        var spelling = TopicSpelling.Of(events, documents.ToDictionary(d => d.Id));
        return new AnalysisReport(documents, events)
        {
            Storylines = StorylineBuilder.Build(events, spelling.Spell),
            NearCopies = ReportNearCopies.Find(documents),
        };
    }
}
