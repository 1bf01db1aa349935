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
            .WithSummary("Full-text search over documents and events, with facets")
            .WithDescription("Documents (title, body) and events (kind, place, participants, topics), bm25-ranked and highlighted. Every word must match; word* matches a prefix. "
                + "Narrowing: outlet; from/to (YYYY-MM-DD, inclusive: documents by publication date, events by their date); entity (a person or organisation key such as person:andrey-valkov: documents naming it, events it takes part in); "
                + "topic (events with it, documents reporting them); kind (events of the kind, documents reporting them). "
                + "Facets: outlets over the document matches narrowed by everything but the outlet (documents_counted says how many: the best 500 when narrowed by kind or topic, or while the search index catches up); "
                + "months, the publication months of the counted document matches (a date histogram: narrow with from/to); "
                + "kinds over the matching events narrowed by everything but the kind; entities (participants, with their names) and topics, the most frequent over the matching events.")
            .ProducesValidationProblem();
    }

    private static IResult Search(
        HttpContext context, IReadoutStore store, string? q, string? outlet, string? kind, string? from, string? to, string? entity, string? topic, int? page, int? pageSize)
    {
        var args = new QueryArgs();
        var kindValue = args.Kind("kind", kind);
        var (fromDate, toDate) = (args.Date("from", from), args.Date("to", to));
        var (p, size) = args.Paging(page, pageSize);
        if (string.IsNullOrWhiteSpace(q))
        {
            args.Errors["q"] = ["a search term is required"];
        }

        if (!args.IsValid)
        {
            return args.Problem();
        }

        var query = new SearchQuery(q!)
        {
            Outlet = QueryArgs.Text(outlet),
            Kind = kindValue,
            From = fromDate,
            To = toDate,
            Entity = QueryArgs.Text(entity),
            Topic = QueryArgs.Text(topic),
            Offset = (p - 1) * size,
            Limit = size,
        };
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
            results.DocumentsCounted)
        {
            Months = results.Months.Select(f => new FacetJson(f.Value, f.Count)).ToList(),
            Entities = results.Entities.Select(f => new EntityFacetJson(f.Value, f.Label ?? f.Value, f.Count)).ToList(),
            Topics = results.Topics.Select(f => new FacetJson(f.Value, f.Count)).ToList(),
        });
}
