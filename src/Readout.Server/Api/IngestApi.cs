using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Readout.Ingest;
using Readout.Server.Infrastructure;

namespace Readout.Server.Api;

/// <summary>POST /api/documents: ingest a page (text, HTML) or a JSON Lines feed through the pipeline.</summary>
internal static class IngestApi
{
    public static void MapIngestApi(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", Post)
            .WithName("IngestDocuments").WithTags("Documents")
            .WithSummary("Ingest one page (text/plain, text/html) or a feed (application/x-ndjson: JSON Lines as readout analyze reads them). Optional url, title, published (YYYY-MM-DD) and outlet are trusted hints for a single page. Needs X-Api-Key; bodies up to 20 MB.")
            .Accepts<string>("text/plain", "text/html", "application/x-ndjson")
            .Produces<IngestResultJson>(StatusCodes.Status201Created)
            .Produces<IngestResultJson>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new RequestSizeLimitAttribute(20L * 1024 * 1024))
            .RequireApiKey();
    }

    private static async Task<IResult> Post(HttpRequest request, IngestService ingest, IOptions<ServerOptions> options,
        string? name, string? url, string? title, string? published, string? outlet, CancellationToken cancellation)
    {
        var extension = IngestService.ExtensionFor(request.ContentType);
        if (extension is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: "Send text/plain, text/html or application/x-ndjson.");
        }

        var limit = options.Value.MaxUploadBytes;
        var content = await ReadBounded(request, limit, cancellation);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
                detail: $"The limit is {limit / (1024 * 1024)} MB.");
        }

        var args = new QueryArgs();
        var date = args.Date("published", published);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        if (extension != ".jsonl" && (url ?? title ?? published ?? outlet) is not null)
        {
            // Hints ride on the JSON Lines path, which already treats record metadata as trusted.
            if (!TextDecoder.TryDecode(content, out var text, out var reason))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Body could not be decoded", detail: reason);
            }

            var record = new Dictionary<string, string?>
            {
                [extension == ".html" ? "html" : "text"] = text,
                ["url"] = url,
                ["title"] = title,
                ["published"] = date?.ToString("yyyy-MM-dd"),
                ["outlet"] = outlet,
            };
            content = JsonSerializer.SerializeToUtf8Bytes(record.Where(kv => kv.Value is not null).ToDictionary());
            extension = ".jsonl";
        }

        var (summary, events) = await ingest.IngestAsync(content, extension, name, cancellation);
        var result = new IngestResultJson(
            summary.DocumentsNew, summary.DocumentsDuplicate,
            summary.Rejected.Select(r => new RejectionJson(Path.GetFileName(r.Path), r.Reason)).ToList(),
            summary.EventsNew, summary.EventsUpdated, summary.DocumentIds, events);
        if (summary.DocumentIds.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing could be ingested",
                detail: string.Join("; ", result.Rejected.Select(r => r.Reason)));
        }

        return summary.DocumentsNew > 0
            ? TypedResults.Created($"/api/documents/{summary.DocumentIds[0]}", result)
            : TypedResults.Ok(result);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger (whatever Content-Length claims).</summary>
    private static async Task<byte[]?> ReadBounded(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the endpoint's RequestSizeLimit) tripped first.
            return null;
        }

        return buffer.ToArray();
    }
}
