using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Server.Api;
using Readout.Storage;

namespace Readout.Server.Pages.Documents;

/// <summary>The document list, most recently published first.</summary>
public sealed class IndexModel(IReadoutStore store) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Outlet { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public StorePage<DocumentSummary> Documents { get; private set; } = new([], 0);

    public int PageCount => Math.Max(1, (Documents.Total + PageSize - 1) / PageSize);

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        Documents = store.QueryDocuments(new DocumentQuery { Outlet = QueryArgs.Text(Outlet), Offset = (PageNumber - 1) * PageSize, Limit = PageSize });
    }
}
