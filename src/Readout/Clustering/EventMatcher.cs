using Readout.Model;

namespace Readout.Clustering;

/// <summary>
/// Decides whether a reported event is a stored one, and how well it fits. Precision first: every signal
/// is a gate before it is a score, because merging two different events loses one of them for good, while
/// a missed merge only leaves a duplicate.
/// </summary>
/// <remarks>
/// Gates: compatible kinds; shared people (≥2, or all of the smaller side); dates within
/// <see cref="DateToleranceDays"/> when both are known. With a date missing on one side the match must be strong —
/// same kind, ≥2 shared people or identical sets — and the publication dates must lie within
/// <see cref="UndatedWindowDays"/> of the other side's date. Related kinds (meeting/talks/visit) and one-person
/// matches need both dates. Events without people (statements) match only on same kind, date and ≥2 shared topics.
/// Topic overlap only breaks ties. An undated mention no gate places may still be <see cref="CoReported"/>.
/// </remarks>
internal static class EventMatcher
{
    public const int DateToleranceDays = 1;
    public const int UndatedWindowDays = 3;

    /// <summary>A score in roughly [0, 4.5] when the mention may be the stored event, else null.</summary>
    public static double? Score(EventMention mention, DocumentRef document, StoredEvent stored, IEventIndex index) =>
        Match(mention, document, stored, index)?.Value;

    /// <summary>The score, and whether it was reached without any date on the report's side (see <see cref="MatchScore"/>).</summary>
    public static MatchScore? Match(EventMention mention, DocumentRef document, StoredEvent stored, IEventIndex index)
    {
        var kind = KindCompatibility.Of(mention.Kind, stored.Kind);
        if (kind == KindFit.None)
        {
            return null;
        }

        var topics = Jaccard(mention.Topics, stored.Topics);
        var mine = PersonKeys(mention.Participants);
        var theirs = PersonKeys(stored.Participants);
        if (mine.Count == 0 || theirs.Count == 0)
        {
            return mine.Count == 0 && theirs.Count == 0 ? ScoreWithoutPeople(mention, stored, kind, topics) : null;
        }

        var shared = mine.Count(theirs.Contains);
        var smaller = Math.Min(mine.Count, theirs.Count);
        if (shared < 2 && !(shared >= 1 && shared == smaller))
        {
            return null;
        }

        var identical = shared == mine.Count && shared == theirs.Count;
        var strong = kind == KindFit.Same && (shared >= 2 || identical);
        double dateScore;
        if (mention.Date is { } a && stored.Date is { } b)
        {
            var days = Math.Abs(a.DayNumber - b.DayNumber);
            if (days > DateToleranceDays)
            {
                return null;
            }

            dateScore = days == 0 ? 1.0 : 0.5;
        }
        else if (strong && PublishedNear(mention, document, stored, index))
        {
            dateScore = 0.25;
        }
        else if (strong && mention.Date is null && document.Published is null && Shared(mention.Topics, stored.Topics) >= 2)
        {
            // A report with no date at all (no event date, no publication date) can only be placed by who and what:
            // the same kind, the same people and shared topics. The clusterer accepts it only when it is the sole candidate.
            var score = (2.0 * shared / (mine.Count + theirs.Count - shared)) + 1.0 + (0.5 * topics);
            return new MatchScore(score, Dateless: true);
        }
        else
        {
            return null;
        }

        // One shared person only pins an event down with its exact kind and a known date on both sides.
        if ((kind == KindFit.Related || shared < 2) && (mention.Date is null || stored.Date is null))
        {
            return null;
        }

        var jaccard = (double)shared / (mine.Count + theirs.Count - shared);
        return new MatchScore((2.0 * jaccard) + (kind == KindFit.Same ? 1.0 : 0.5) + dateScore + (0.5 * topics), Dateless: false);
    }

    /// <summary>
    /// Whether an undated mention is an undated stored event that a report of one same happening also mentions:
    /// a readout and its wire copy both recall "the presidents' earlier call" without a date. Same kind, the
    /// same two or more people exactly, no date on either side, and one of the stored event's documents among
    /// <paramref name="fellowReports"/> (the other reports of events this document joined). Without that shared
    /// happening two undated mentions have nothing to place them by, so they stay apart.
    /// </summary>
    public static bool CoReported(EventMention mention, StoredEvent stored, IReadOnlySet<long> fellowReports)
    {
        if (mention.Date is not null || stored.Date is not null || mention.Kind != stored.Kind
            || !stored.Documents.Any(fellowReports.Contains))
        {
            return false;
        }

        var mine = PersonKeys(mention.Participants);
        return mine.Count >= 2 && mine.SetEquals(PersonKeys(stored.Participants));
    }

    private static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Intersect(b, StringComparer.Ordinal).Count();

    private static MatchScore? ScoreWithoutPeople(EventMention mention, StoredEvent stored, KindFit kind, double topics)
    {
        var sharedTopics = mention.Topics.Intersect(stored.Topics, StringComparer.Ordinal).Count();
        return kind == KindFit.Same && mention.Date is { } a && stored.Date is { } b && a == b && sharedTopics >= 2 && topics >= 0.5
            ? new MatchScore(1.0 + 1.0 + (0.5 * topics), Dateless: false)
            : null;
    }

    // With a date missing on one side, the report must come out within a few days of the other side's date
    // (or of the stored documents' publication), so last year's call between the same people never matches.
    private static bool PublishedNear(EventMention mention, DocumentRef document, StoredEvent stored, IEventIndex index)
    {
        if (stored.Date is { } eventDate)
        {
            return document.Published is { } published && Within(eventDate, published);
        }

        var storedPublished = stored.Documents.Select(index.GetDocument).Where(d => d?.Published is not null).Select(d => d!.Published!.Value).ToList();
        if (storedPublished.Count == 0)
        {
            return false;
        }

        if (mention.Date is { } mentionDate)
        {
            return storedPublished.Any(p => Within(mentionDate, p));
        }

        return document.Published is { } mine && storedPublished.Any(p => Math.Abs(p.DayNumber - mine.DayNumber) <= UndatedWindowDays);
    }

    // A report appears on the event's day or a few days after; a day before allows for time zones.
    private static bool Within(DateOnly eventDate, DateOnly published) =>
        published.DayNumber - eventDate.DayNumber is >= -1 and <= UndatedWindowDays;

    private static HashSet<string> PersonKeys(IReadOnlyList<Participant> participants) =>
        participants.Select(p => p.EntityKey).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return (double)shared / (a.Union(b, StringComparer.Ordinal).Count());
    }
}

/// <summary>How well a report fits a stored event; <paramref name="Dateless"/> when no date on the report's side supports it.</summary>
internal readonly record struct MatchScore(double Value, bool Dateless);
