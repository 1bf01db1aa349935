using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Readout.Server.Tests;

/// <summary>The real server in-process over a database file, with settings as `readout serve` would give them.</summary>
public sealed class ServerFactory(string databasePath, string? apiKey = null, long? maxUploadBytes = null, int? writesPerMinute = null, bool warmComparisons = false)
    : WebApplicationFactory<Program>
{
    public const string Key = "test-key-123";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Readout:DatabasePath", databasePath);
        if (apiKey is not null)
        {
            builder.UseSetting("Readout:ApiKey", apiKey);
        }

        if (maxUploadBytes is { } max)
        {
            builder.UseSetting("Readout:MaxUploadBytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (warmComparisons)
        {
            builder.UseSetting("Readout:WarmComparisons", "true");
        }

        if (writesPerMinute is { } writes)
        {
            builder.UseSetting("Readout:WritesPerMinute", writes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
