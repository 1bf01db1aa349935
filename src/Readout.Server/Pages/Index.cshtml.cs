using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Model;
using Readout.Server.Api;
using Readout.Storage;

namespace Readout.Server.Pages;

/// <summary>The event list with filters (date range, kind, person, outlet, text); a plain GET form, so it works without JavaScript.</summary>
public sealed class IndexModel(IReadoutStore store) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outlet { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public StorePage<StoredEvent> Events { get; private set; } = new([], 0);

    public IReadOnlyList<FacetCount> Outlets { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public int PageCount => Math.Max(1, (Events.Total + PageSize - 1) / PageSize);

    public void OnGet()
    {
        var args = new QueryArgs();
        var query = new EventFilter(Q, From, To, Kind, Person, Outlet).ToQuery(args);
        PageNumber = Math.Max(1, PageNumber);
        Outlets = store.Outlets();
        Errors = args.Errors;
        if (args.IsValid)
        {
            Events = store.QueryEvents(query with { Offset = (PageNumber - 1) * PageSize, Limit = PageSize });
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The current filters with another page number, for pager links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["q"] = Q ?? "",
        ["from"] = From ?? "",
        ["to"] = To ?? "",
        ["kind"] = Kind ?? "",
        ["person"] = Person ?? "",
        ["outlet"] = Outlet ?? "",
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
