using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Model;
using Readout.Server.Html;
using Readout.Storage;

namespace Readout.Server.Pages.Documents;

/// <summary>One document: metadata and the clean body with annotation mentions highlighted by span.</summary>
public sealed class DetailModel(IReadoutStore store) : PageModel
{
    public StoredDocument Document { get; private set; } = null!;

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public IActionResult OnGet(long id)
    {
        if (store.GetStoredDocument(id) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        Events = store.EventsOfDocuments([id]);
        Body = BodyHighlighter.Render(document.Article.Body, BodyHighlighter.Of(document.Annotations));
        return Page();
    }
}
