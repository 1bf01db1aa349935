using Microsoft.AspNetCore.Http.HttpResults;
using Readout.Model;
using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>GET /api/documents (filtered, paged) and GET /api/documents/{id} (article with annotations).</summary>
internal static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", List)
            .WithName("ListDocuments").WithTags("Documents")
            .WithSummary("Documents, most recently published first. Filters: full-text q, from/to (publication date), outlet, role (official, media_report, unknown).")
            .ProducesValidationProblem();
        api.MapGet("/documents/{id:long}", Get)
            .WithName("GetDocument").WithTags("Documents")
            .WithSummary("One document: extracted article, annotations with spans into the body, and the ids of the events it reports.");
    }

    private static IResult List(IReadoutStore store, string? q, string? from, string? to, string? outlet, string? role, int? page, int? pageSize)
    {
        var args = new QueryArgs();
        var query = new DocumentQuery
        {
            Text = QueryArgs.Text(q),
            From = args.Date("from", from),
            To = args.Date("to", to),
            Outlet = QueryArgs.Text(outlet),
            Role = Role(args, role),
        };
        var (p, size) = args.Paging(page, pageSize);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var result = store.QueryDocuments(query with { Offset = (p - 1) * size, Limit = size });
        return TypedResults.Ok(new PageJson<DocumentSummaryJson>(result.Items.Select(DocumentSummaryJson.From).ToList(), p, size, result.Total));
    }

    private static Results<Ok<DocumentJson>, ProblemHttpResult> Get(IReadoutStore store, long id)
    {
        if (store.GetStoredDocument(id) is not { } document)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"There is no document {id}.");
        }

        var events = store.EventsOfDocuments([id]).Select(e => e.Id).ToList();
        return TypedResults.Ok(DocumentJson.From(document, events));
    }

    private static SourceRole? Role(QueryArgs args, string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<SourceRole>())
        {
            if (string.Equals(DocumentSummaryJson.RoleName(value), role.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        args.Errors["role"] = ["one of official, media_report, unknown"];
        return null;
    }
}
