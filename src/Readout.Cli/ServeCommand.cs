using System.CommandLine;
using Readout.Server;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout serve [--db FILE] [--urls URL] [--api-key KEY]</c>: the REST API and web UI over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Embedded database file (the one analyze writes)", DefaultValueFactory = _ => "readout.db" };
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on; loopback unless told otherwise", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var apiKey = new Option<string?>("--api-key") { Description = "Key for write endpoints (X-Api-Key header); without it, writes are disabled. Also READOUT_API_KEY." };
        var command = new Command("serve", "Serve the REST API (/api, /openapi/v1.json) and the web UI over the store") { db, urls, apiKey };
        command.SetAction(result => Run(result.GetValue(db)!, result.GetValue(urls)!, result.GetValue(apiKey)));
        return command;
    }

    private static int Run(string dbPath, string urls, string? apiKey)
    {
        // Fail fast with the CLI's usual message: a server that cannot open its store is useless.
        try
        {
            using var store = SqliteStore.Open(dbPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Diagnostic.Error(dbPath, $"cannot open the database ({e.Message})");
            return ExitCodes.Failed;
        }

        // The key may come from the environment so it does not show in process listings.
        var key = apiKey ?? Environment.GetEnvironmentVariable("READOUT_API_KEY");
        var app = ServerHost.Build(["--urls", urls], o =>
        {
            o.DatabasePath = Path.GetFullPath(dbPath);
            o.ApiKey = string.IsNullOrEmpty(key) ? null : key;
            o.WarmComparisons = true;
        });
        Console.Error.WriteLine($"readout: serving {Path.GetFullPath(dbPath)} on {urls} (writes {(string.IsNullOrEmpty(key) ? "disabled" : "enabled with API key")}); Ctrl+C stops");
        app.Run();
        return ExitCodes.Success;
    }
}
