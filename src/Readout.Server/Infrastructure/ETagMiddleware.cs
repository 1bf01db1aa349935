using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Readout.Server.Infrastructure;

/// <summary>
/// Weak ETags for successful GETs, from a hash of the response body, and 304 when the client's
/// If-None-Match already has it. Hashing the rendered body (not the data) keeps the tag right for
/// every representation (JSON, HTML, CSV) without per-endpoint bookkeeping.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"", isWeak: true);
            context.Response.Headers.ETag = tag.ToString();
            if (Matches(context.Request, tag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Weak comparison, as RFC 9110 wants for If-None-Match; "*" matches any.</summary>
    private static bool Matches(HttpRequest request, EntityTagHeaderValue tag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
    }
}
