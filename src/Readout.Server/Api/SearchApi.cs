using Readout.Server.Infrastructure;
using Readout.Server.Search;
using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>GET /api/search: ranked full-text search with highlighted snippets and facets.</summary>
internal static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search").WithTags("Search")
            .WithSummary("Full-text search over document titles and bodies and event text (bm25-ranked, highlighted). Every word must match; word* matches a prefix. Facets count outlets over every document match (documents_counted says how many: the best 500 when narrowed or while the search index catches up) and kinds over the matching events; outlet and kind narrow the results.")
            .ProducesValidationProblem();
    }

    private static IResult Search(HttpContext context, IReadoutStore store, string? q, string? outlet, string? kind, int? page, int? pageSize)
    {
        var args = new QueryArgs();
        var kindValue = args.Kind("kind", kind);
        var (p, size) = args.Paging(page, pageSize);
        if (string.IsNullOrWhiteSpace(q))
        {
            args.Errors["q"] = ["a search term is required"];
        }

        if (!args.IsValid)
        {
            return args.Problem();
        }

        var query = new SearchQuery(q!) { Outlet = QueryArgs.Text(outlet), Kind = kindValue, Offset = (p - 1) * size, Limit = size };
        var results = ServerTiming.Measure(context, "search", () => store.Search(query));
        return TypedResults.Ok(ToJson(q!, results, p, size));
    }

    public static SearchJson ToJson(string query, SearchResults results, int page, int size) => new(
        query,
        new PageJson<DocumentHitJson>(
            results.Documents.Items.Select(h => new DocumentHitJson(DocumentSummaryJson.From(h.Document), SnippetHtml.Plain(h.Snippet), SnippetHtml.Render(h.Snippet), Math.Round(h.Rank, 6))).ToList(),
            page, size, results.Documents.Total),
        results.Events.Select(h => new EventHitJson(EventJson.From(h.Event), h.Snippet is null ? null : SnippetHtml.Plain(h.Snippet), h.Snippet is null ? null : SnippetHtml.Render(h.Snippet))).ToList(),
        new FacetsJson(
            results.Outlets.Select(f => new FacetJson(f.Value, f.Count)).ToList(),
            results.Kinds.Select(f => new FacetJson(Reporting.EventKindNames.Json(Enum.Parse<Model.EventKind>(f.Value)), f.Count)).ToList(),
            results.DocumentsCounted));
}
