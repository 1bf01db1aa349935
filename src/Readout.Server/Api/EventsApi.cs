using Microsoft.AspNetCore.Http.HttpResults;
using Readout.Server.Comparison;
using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>GET /api/events (filtered, paged) and GET /api/events/{id} (with its sources).</summary>
internal static class EventsApi
{
    /// <summary>Sources whose evidence spans an event page carries: each one loads a whole document.</summary>
    public const int MaxEvidence = 25;

    public static void MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", List)
            .WithName("ListEvents").WithTags("Events")
            .WithSummary("Events, most recent first. Filters: full-text q, date range from/to (YYYY-MM-DD), kind, person (entity key or part of a name), outlet.")
            .ProducesValidationProblem();
        api.MapGet("/events/{id:long}", Get)
            .WithName("GetEvent").WithTags("Events")
            .WithSummary("One event with the documents that report it; the primary source is marked.");
        api.MapGet("/events/{id:long}/comparison", GetComparison)
            .WithName("GetEventComparison").WithTags("Events")
            .WithSummary("The event's sources compared claim by claim against its primary (the shape of `readout compare --json`): "
                + "per source the share of the primary's claims it carries, the verbatim share, attribution chain and syndication; "
                + "per claim each source's verdict (same, changed, added, dropped) with its span. At most 25 sources: the primary and the first 24 linked.");
    }

    private static IResult List(IReadoutStore store,
        string? q, string? from, string? to, string? kind, string? person, string? outlet, int? page, int? pageSize)
    {
        var args = new QueryArgs();
        var query = new EventFilter(q, from, to, kind, person, outlet).ToQuery(args);
        var (p, size) = args.Paging(page, pageSize);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var result = store.QueryEvents(query with { Offset = (p - 1) * size, Limit = size });
        return TypedResults.Ok(new PageJson<EventJson>(result.Items.Select(EventJson.From).ToList(), p, size, result.Total));
    }

    private static Results<Ok<EventDetailJson>, ProblemHttpResult> Get(IReadoutStore store, long id)
    {
        if (store.GetEvent(id) is not { } storedEvent)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Event not found", detail: $"There is no event {id}.");
        }

        var documents = store.GetDocumentSummaries(storedEvent.Documents).Select(DocumentSummaryJson.From).ToList();
        var sources = storedEvent.Primary is { } primary ? storedEvent.Documents.Where(d => d != primary).Prepend(primary) : storedEvent.Documents;
        var evidence = sources.Take(MaxEvidence).Select(store.GetStoredDocument).OfType<StoredDocument>()
            .Select(d => EventEvidenceJson.From(storedEvent, d)).OfType<EventEvidenceJson>().ToList();
        return TypedResults.Ok(new EventDetailJson(EventJson.From(storedEvent), documents, documents.FirstOrDefault(d => d.Id == storedEvent.Primary)) { Evidence = evidence });
    }

    private static Results<Ok<ComparisonJson>, ProblemHttpResult> GetComparison(IReadoutStore store, ComparisonService comparisons, long id)
    {
        if (comparisons.Compare(store, id) is not { } result)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Event not found", detail: $"There is no event {id}.");
        }

        return TypedResults.Ok(ComparisonJson.From(result.Comparison));
    }
}
