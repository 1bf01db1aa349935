using Readout.Model;

namespace Readout.Clustering;

/// <summary>
/// Picks the document that best stands for an event: an official readout first; else the earliest published
/// original (a report that attributes its content to no one); else the earliest published; ties → lowest id.
/// Unknown publication dates sort after known ones.
/// </summary>
public static class PrimarySourceChooser
{
    public static long? Choose(IEnumerable<DocumentRef> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents
            .OrderBy(d => d.Role == SourceRole.Official ? 0 : !d.HasAttribution ? 1 : 2)
            .ThenBy(d => d.Published ?? DateOnly.MaxValue)
            .ThenBy(d => d.Id)
            .Select(d => (long?)d.Id)
            .FirstOrDefault();
    }
}
