using Readout.Model;

namespace Readout.Clustering;

/// <summary>
/// Front door of same-event clustering. Each reported event is compared with the candidates the index
/// blocks out (same date window, shared people) and joins the best match, or starts a new event.
/// </summary>
public sealed class EventClusterer : IEventClusterer
{
    /// <summary>Two candidates closer than this are a toss-up; precision first, so neither is joined.</summary>
    private const double AmbiguityMargin = 0.05;

    public IReadOnlyList<EventAssignment> Assign(DocumentRef document, IReadOnlyList<EventMention> events, IEventIndex index)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(index);

        var assignments = new List<EventAssignment>(events.Count);
        var joined = new HashSet<long>();
        var fellowReports = new HashSet<long>();
        foreach (var mention in events)
        {
            var match = BestMatch(mention, document, index, joined);
            if (match is null)
            {
                assignments.Add(new EventAssignment(mention, EventMerger.New(mention, document), IsNew: true));
                continue;
            }

            // One document reports an event once; a second mention of this document is a different event.
            joined.Add(match.Id);
            fellowReports.UnionWith(match.Documents);
            assignments.Add(new EventAssignment(mention, EventMerger.Join(match, mention, document, index), IsNew: false));
        }

        fellowReports.Remove(document.Id);
        if (fellowReports.Count > 0)
        {
            JoinCoReported(document, assignments, index, joined, fellowReports);
        }

        return assignments;
    }

    // Second pass, once every mention had its chance: an undated mention left new joins the one undated event
    // of the same kind and people that another report of a happening this document shares also mentions.
    private static void JoinCoReported(DocumentRef document, List<EventAssignment> assignments, IEventIndex index, HashSet<long> joined, HashSet<long> fellowReports)
    {
        for (var i = 0; i < assignments.Count; i++)
        {
            var mention = assignments[i].Mention;
            if (!assignments[i].IsNew || mention.Date is not null || mention.Participants.Count < 2)
            {
                continue;
            }

            // No date window: an undated event is filed under its reports' publication days, which may be unknown.
            var query = new CandidateQuery(null, 0, mention.Participants.Select(p => p.EntityKey).Distinct(StringComparer.Ordinal).ToList(), mention.Kind);
            var matches = index.FindCandidates(query).Where(c => !joined.Contains(c.Id) && EventMatcher.CoReported(mention, c, fellowReports)).Take(2).ToList();
            if (matches.Count != 1)
            {
                continue;
            }

            joined.Add(matches[0].Id);
            assignments[i] = new EventAssignment(mention, EventMerger.Join(matches[0], mention, document, index), IsNew: false);
        }
    }

    private static StoredEvent? BestMatch(EventMention mention, DocumentRef document, IEventIndex index, HashSet<long> joined)
    {
        // With no event date, look around the publication date. The window is wider than the date tolerance
        // because an undated stored event is filed under its first report's publication date; the matcher gates.
        var query = new CandidateQuery(
            mention.Date ?? document.Published,
            EventMatcher.UndatedWindowDays + 1,
            mention.Participants.Select(p => p.EntityKey).Distinct(StringComparer.Ordinal).ToList(),
            mention.Kind);

        StoredEvent? best = null;
        double bestScore = double.NegativeInfinity, runnerUp = double.NegativeInfinity;
        var dateless = false;
        var matches = 0;
        foreach (var candidate in index.FindCandidates(query))
        {
            if (joined.Contains(candidate.Id) || EventMatcher.Match(mention, document, candidate, index) is not { } match)
            {
                continue;
            }

            matches++;
            dateless |= match.Dateless;
            if (match.Value > bestScore)
            {
                (runnerUp, bestScore, best) = (bestScore, match.Value, candidate);
            }
            else if (match.Value > runnerUp)
            {
                runnerUp = match.Value;
            }
        }

        // Without a date the same people's other calls are indistinguishable: join only a sole candidate.
        if (dateless && matches > 1)
        {
            return null;
        }

        return best is not null && bestScore - runnerUp >= AmbiguityMargin ? best : null;
    }
}
