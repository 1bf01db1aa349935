using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Model;
using Readout.Server.Comparison;
using Readout.Server.Html;
using Readout.Server.Infrastructure;
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
        if (store.GetEvent(id) is not { } storedEvent)
        {
            return NotFound();
        }

        Event = storedEvent;

        // Primary source first, then the others in the order clustering linked them.
        Sources = store.GetDocumentSummaries(storedEvent.Documents).OrderBy(d => d.Id == storedEvent.Primary ? 0 : 1).ToList();
        SourcesCompared = Sources.Count;

        // A single source has nothing to compare with: skip the comparison stage (it parses the whole document).
        if (storedEvent.Documents.Distinct().Count() > 1)
        {
            var result = ServerTiming.Measure(HttpContext, "comparison", () => comparisons.Compare(store, storedEvent));
            SourcesCompared = result.SourcesCompared;
            if (result.Comparison.Sources.Count > 0)
            {
                Matrix = ClaimsMatrix.Of(result.Comparison, Sources);
            }
        }

        return Page();
    }
}
