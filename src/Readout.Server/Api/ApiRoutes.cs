namespace Readout.Server.Api;

/// <summary>All REST endpoints under /api.</summary>
public static class ApiRoutes
{
    public static void MapReadoutApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapEventsApi();
        api.MapDocumentsApi();
        api.MapIngestApi();
        api.MapSearchApi();
        api.MapExportApi();
    }
}
