using Microsoft.AspNetCore.Builder;

namespace Readout.Server.Tests.Browser;

/// <summary>The real server on Kestrel, on a free loopback port (port 0), as <c>readout serve</c> builds it: a browser needs a socket.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Base address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; }

    public static async Task<LiveServer> StartAsync(string databasePath, string? apiKey = null)
    {
        var app = ServerHost.Build(["--urls", "http://127.0.0.1:0"], o =>
        {
            o.DatabasePath = databasePath;
            o.ApiKey = apiKey;
        });
        await app.StartAsync();
        return new LiveServer(app, app.Urls.First().TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
