using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Server.Api;
using Readout.Server.Infrastructure;
using Readout.Storage;

namespace Readout.Server.Pages;

/// <summary>Full-text search with highlighted snippets, matching events, and outlet/kind facets.</summary>
public sealed class SearchModel(IReadoutStore store) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outlet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public int PageCount => Results is null ? 1 : Math.Max(1, (Results.Documents.Total + PageSize - 1) / PageSize);

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        var args = new QueryArgs();
        var kind = args.Kind("kind", Kind);
        PageNumber = Math.Max(1, PageNumber);
        var query = new SearchQuery(Q) { Outlet = QueryArgs.Text(Outlet), Kind = kind, Offset = (PageNumber - 1) * PageSize, Limit = PageSize };
        Results = ServerTiming.Measure(HttpContext, "search", () => store.Search(query));
    }

    /// <summary>A search URL with the current query and one facet changed.</summary>
    public string Link(string? outlet, string? kind, int page = 1) =>
        $"/search?q={Uri.EscapeDataString(Q ?? "")}&outlet={Uri.EscapeDataString(outlet ?? "")}&kind={Uri.EscapeDataString(kind ?? "")}&page={page}";
}
