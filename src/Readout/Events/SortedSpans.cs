using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Range lookups over items sorted by span start, so a per-sentence or per-clause question costs a binary search
/// and the items inside, not a scan of the whole document's mentions (which made detection grow with the square of the text).
/// </summary>
internal static class SortedSpans
{
    /// <summary>Index of the first item whose span starts at or after <paramref name="position"/> (the count when none does).</summary>
    public static int FirstStartingAtOrAfter<T>(IReadOnlyList<T> sorted, int position, Func<T, TextSpan> spanOf)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (spanOf(sorted[middle]).Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
