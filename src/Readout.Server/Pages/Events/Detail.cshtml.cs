using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Model;
using Readout.Server.Comparison;
using Readout.Server.Html;
using Readout.Storage;

namespace Readout.Server.Pages.Events;

/// <summary>One event: participants with roles, date, kind, CAMEO, sources with the primary marked, and the claims × sources matrix.</summary>
public sealed class DetailModel(IReadoutStore store, ComparisonService comparisons) : PageModel
{
    public StoredEvent Event { get; private set; } = null!;

    public IReadOnlyList<DocumentSummary> Sources { get; private set; } = [];

    /// <summary>The claims × sources matrix; null when the event has a single source (nothing to compare).</summary>
    public ClaimsMatrix? Matrix { get; private set; }

    public int SourcesCompared { get; private set; }

    public IActionResult OnGet(long id)
    {
        if (comparisons.Compare(store, id) is not { } result)
        {
            return NotFound();
        }

        var storedEvent = result.Event;
        Event = storedEvent;
        SourcesCompared = result.SourcesCompared;

        // Primary source first, then the others in the order clustering linked them.
        Sources = store.GetDocumentSummaries(storedEvent.Documents).OrderBy(d => d.Id == storedEvent.Primary ? 0 : 1).ToList();
        if (result.Comparison.Sources.Count > 0)
        {
            Matrix = ClaimsMatrix.Of(result.Comparison, Sources);
        }

        return Page();
    }
}
