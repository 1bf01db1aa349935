using Readout.Extraction;

namespace Readout.Pipeline;

/// <summary>Turns a failure of one page's analysis into the reason a user is shown beside its path.</summary>
internal static class PageFailure
{
    /// <summary>Every failure but running out of memory belongs to the page: one page must never stop a run.</summary>
    public static bool IsPageFault(Exception e) => e is not OutOfMemoryException;

    public static string Reason(Exception e)
    {
        if (e is ExtractionException)
        {
            return e.Message;
        }

        // An unexpected failure is a bug: name the failing type and frame too, it is what a bug report needs.
        var at = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Readout.", StringComparison.Ordinal));
        return $"could not be analysed ({e.GetType().Name}: {e.Message}{(at is null ? "" : $" {at}")})";
    }
}
