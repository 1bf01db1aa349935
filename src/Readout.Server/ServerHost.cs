using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Readout.Pipeline;
using Readout.Server.Api;
using Readout.Server.Comparison;
using Readout.Server.Infrastructure;
using Readout.Server.Search;
using Readout.Storage;

namespace Readout.Server;

/// <summary>Builds the web application: REST API, OpenAPI document, Razor Pages UI, security headers, ETags.</summary>
public static class ServerHost
{
    /// <param name="configure">Applied after configuration binding (the CLI's options win over appsettings).</param>
    public static WebApplication Build(string[] args, Action<ServerOptions>? configure = null)
    {
        // ApplicationName: Razor Pages are discovered in this assembly even when the CLI is the entry point.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ServerHost).Assembly.GetName().Name,
        });
        // Request-by-request logs drown the console of an analyst's server; warnings and start-up lines stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        ConfigureServices(builder.Services, builder.Configuration, configure);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration, Action<ServerOptions>? configure)
    {
        var options = services.AddOptions<ServerOptions>().Bind(configuration.GetSection(ServerOptions.Section));
        if (configure is not null)
        {
            options.PostConfigure(configure);
        }

        // One connection per request: SqliteStore is single-threaded, WAL lets readers run beside the writer.
        // Pooled, so a connection's page cache outlives the request.
        services.AddScoped<IReadoutStore>(sp => SqliteStore.OpenPooled(sp.GetRequiredService<IOptions<ServerOptions>>().Value.DatabasePath));
        services.AddSingleton(_ => ReadoutPipeline.CreateDefault());
        services.AddSingleton<IngestService>();
        services.AddMemoryCache(o => o.SizeLimit = ComparisonService.CachedSources); // comparisons: one unit per source
        services.AddSingleton<ComparisonService>();
        services.AddHostedService<ComparisonWarmer>();
        services.AddHostedService<SearchIndexWarmer>();

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Readout API";
            document.Info.Description = "Events and documents from the Readout store. Write endpoints need X-Api-Key.";
            return Task.CompletedTask;
        }));
        services.AddWriteRateLimiter();
        services.AddRazorPages();
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ETagMiddleware>();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapEmbeddedAssets();
        app.MapReadoutApi();
        app.MapRazorPages();
    }
}
