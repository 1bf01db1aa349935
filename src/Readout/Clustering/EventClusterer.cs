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
            assignments.Add(new EventAssignment(mention, EventMerger.Join(match, mention, document, index), IsNew: false));
        }

        return assignments;
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
