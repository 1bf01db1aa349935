using System.Reflection;

namespace Readout.Server.Infrastructure;

/// <summary>
/// The few static files (stylesheet, API explorer page and script), embedded in the assembly so the
/// server works from any output folder; no CDN, nothing fetched at run time.
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["site.css"] = "text/css; charset=utf-8",
        ["api.js"] = "text/javascript; charset=utf-8",
        ["api.html"] = "text/html; charset=utf-8",
        ["favicon.svg"] = "image/svg+xml",
    };

    public static void MapEmbeddedAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/{name}", (string name) => Serve(name)).ExcludeFromDescription();
        app.MapGet("/api-docs", () => Serve("api.html")).ExcludeFromDescription();
    }

    private static IResult Serve(string name)
    {
        // Only the known names: the route value never reaches a path or resource lookup unchecked.
        if (!Types.TryGetValue(name, out var type))
        {
            return TypedResults.NotFound();
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Readout.Server.Static.{name}");
        return stream is null ? TypedResults.NotFound() : TypedResults.Stream(stream, type);
    }
}
