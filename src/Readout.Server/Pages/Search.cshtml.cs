using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Server.Api;
using Readout.Server.Infrastructure;
using Readout.Storage;

namespace Readout.Server.Pages;

/// <summary>Full-text search with highlighted snippets, matching events, and facets whose links add a filter (plain links: no script needed).</summary>
public sealed class SearchModel(IReadoutStore store) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outlet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    /// <summary>Problems with the filters given (a bad date or kind), shown instead of results.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public SearchFilters Filters => new(QueryArgs.Text(Outlet), QueryArgs.Text(Kind), QueryArgs.Text(From), QueryArgs.Text(To), QueryArgs.Text(Entity), QueryArgs.Text(Topic));

    public int PageCount => Results is null ? 1 : Math.Max(1, (Results.Documents.Total + PageSize - 1) / PageSize);

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        var args = new QueryArgs();
        var filters = Filters;
        var kind = args.Kind("kind", filters.Kind);
        var (from, to) = (args.Date("from", filters.From), args.Date("to", filters.To));
        if (!args.IsValid)
        {
            Problems = args.Errors.Select(e => $"{e.Key}: {string.Join("; ", e.Value)}").ToList();
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        var query = new SearchQuery(Q)
        {
            Outlet = filters.Outlet,
            Kind = kind,
            From = from,
            To = to,
            Entity = filters.Entity,
            Topic = filters.Topic,
            Offset = (PageNumber - 1) * PageSize,
            Limit = PageSize,
        };
        Results = ServerTiming.Measure(HttpContext, "search", () => store.Search(query));
    }

    /// <summary>A search URL with the current words and these filters (a facet link changes one of them).</summary>
    public string Link(SearchFilters filters, int page = 1)
    {
        var url = new System.Text.StringBuilder("/search?q=").Append(Uri.EscapeDataString(Q ?? ""));
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                url.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("outlet", filters.Outlet);
        Add("kind", filters.Kind);
        Add("from", filters.From);
        Add("to", filters.To);
        Add("entity", filters.Entity);
        Add("topic", filters.Topic);
        return url.Append("&page=").Append(page.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The filters narrowed to one publication month ("2024-03"): its first and last day.</summary>
    public static SearchFilters InMonth(SearchFilters filters, string month)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return filters;
        }

        var last = first.AddMonths(1).AddDays(-1);
        return filters with { From = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }
}

/// <summary>The search page's narrowing as given in its query string.</summary>
public sealed record SearchFilters(string? Outlet, string? Kind, string? From, string? To, string? Entity, string? Topic)
{
    public bool Any => Outlet is not null || Kind is not null || From is not null || To is not null || Entity is not null || Topic is not null;
}
