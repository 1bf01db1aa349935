using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Model;
using Readout.Storage;

namespace Readout.Server.Pages.Events;

/// <summary>One event: participants with roles, date, kind, CAMEO, sources with the primary marked.</summary>
public sealed class DetailModel(IReadoutStore store) : PageModel
{
    public StoredEvent Event { get; private set; } = null!;

    public IReadOnlyList<DocumentSummary> Sources { get; private set; } = [];

    public IActionResult OnGet(long id)
    {
        if (store.GetEvent(id) is not { } storedEvent)
        {
            return NotFound();
        }

        Event = storedEvent;

        // Primary source first, then the others in the order clustering linked them.
        Sources = store.GetDocumentSummaries(storedEvent.Documents).OrderBy(d => d.Id == storedEvent.Primary ? 0 : 1).ToList();
        return Page();
    }
}
