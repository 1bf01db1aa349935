using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Readout.Server.Infrastructure;

/// <summary>Guards write endpoints: an API key set at start-up, and a per-client rate limit.</summary>
internal static class WriteAccess
{
    public const string HeaderName = "X-Api-Key";
    public const string RatePolicy = "writes";

    /// <summary>
    /// No key configured: writes are disabled (403), so a server started for reading can never be
    /// written to by accident. Key configured: a missing or wrong X-Api-Key is 401.
    /// </summary>
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var key = http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.ApiKey;
            if (string.IsNullOrEmpty(key))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Write endpoints are disabled",
                    detail: "The server was started without an API key (readout serve --api-key KEY).");
            }

            if (!KeyMatches(http.Request.Headers[HeaderName].ToString(), key))
            {
                http.Response.Headers.WWWAuthenticate = HeaderName;
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key",
                    detail: $"Send the key given at start-up in the {HeaderName} header.");
            }

            return await next(context);
        })
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .RequireRateLimiting(RatePolicy);

    /// <summary>Constant-time comparison, so response timing does not leak the key.</summary>
    private static bool KeyMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    public static IServiceCollection AddWriteRateLimiter(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellation) =>
            {
                var problem = TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many write requests",
                    detail: "Wait a minute before sending more.");
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await problem.ExecuteAsync(context.HttpContext);
            };
            o.AddPolicy(RatePolicy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.WritesPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limit),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
}
