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

    /// <summary>A span to highlight and scroll to (<c>?hl=start-end</c>, from the claims matrix); ignored when invalid.</summary>
    [BindProperty(Name = "hl", SupportsGet = true)] public string? Hl { get; set; }

    public TextSpan? Focus { get; private set; }

    public IActionResult OnGet(long id)
    {
        if (store.GetStoredDocument(id) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        Events = store.EventsOfDocuments([id]);
        Focus = ClaimsMatrix.ParseHighlight(Hl, document.Article.Body.Length);
        Body = BodyHighlighter.Render(document.Article.Body, BodyHighlighter.Of(document.Annotations), Focus);
        return Page();
    }
}
