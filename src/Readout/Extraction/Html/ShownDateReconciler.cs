using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>
/// Settles a disagreement between the metadata's publication date and the date the page shows beside
/// its headline. Metadata is restamped when an article is edited or republished while the printed date
/// stays the original, and a UTC timestamp near midnight falls on the wrong local day; the page's own
/// date is what its readers were told. Apart from a UTC timestamp's local day, a shown date equal to the
/// page's modified or capture date is an update stamp or the page clock and never wins.
/// </summary>
public static class ShownDateReconciler
{
    /// <summary>How far before the metadata date a shown date may be and still be the same article's original date.</summary>
    private const int MaxRestampDays = 7;

    /// <summary>UTC hours that are still the previous day at UTC−10 or later, the next day at UTC+10 or earlier.</summary>
    private const int LatestWesternHour = 10, EarliestEasternHour = 14;

    /// <param name="marked">The date from JSON-LD or meta tags.</param>
    /// <param name="stamp">The raw timestamp <paramref name="marked"/> came from, for its time of day and offset.</param>
    /// <param name="shown">The unlabelled date printed beside the headline.</param>
    /// <param name="modified">The page's modified date from its metadata, if any.</param>
    /// <param name="captured">The page's capture date (its clock), if shown.</param>
    /// <param name="genericMeta">The marked date came from a bare "date"-style meta tag that does not say it is the publication date.</param>
    public static DateEvidence Reconcile(DateEvidence marked, string? stamp, DateOnly shown, DateOnly? modified, DateOnly? captured, bool genericMeta)
    {
        var gap = marked.Date.DayNumber - shown.DayNumber;
        if (gap == 0)
        {
            return marked;
        }

        if (Math.Abs(gap) == 1 && UtcTimestamp.TryHour(stamp, out var hour) && (gap == 1 ? hour < LatestWesternHour : hour >= EarliestEasternHour))
        {
            // The same instant on the site's local day: 02:11Z shown as the day before (a western site),
            // 23:00Z shown as the day after (an eastern one).
            return marked with { Date = shown };
        }

        if (shown == modified || shown == captured)
        {
            return marked;
        }

        // A bare "date" meta is often the record's creation; the page may show a later release date, never one after its last edit or capture.
        var restamped = gap > 0 && gap <= MaxRestampDays;
        var released = gap < 0 && genericMeta && (modified is null || shown < modified) && (captured is null || shown < captured);
        return restamped || released ? marked with { Date = shown } : marked;
    }
}
