using System.Diagnostics;
using Microsoft.Extensions.Options;
using Readout.Storage;

namespace Readout.Server.Search;

/// <summary>
/// At start-up, brings the Lucene index of the store's documents up to date in the background (a store built or
/// grown by <c>readout analyze</c> while no server ran); searches use FTS5 until it is. Closes the index on exit.
/// </summary>
internal sealed class SearchIndexWarmer(IOptions<ServerOptions> options, ILogger<SearchIndexWarmer> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(CatchUp, stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        LuceneDocumentIndex.Release(options.Value.DatabasePath);
    }

    private void CatchUp()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var store = SqliteStore.OpenPooled(options.Value.DatabasePath);
            if (LuceneDocumentIndex.ForDatabase(options.Value.DatabasePath) is not { } index)
            {
                log.LogWarning("The search index of {Database} is held by another process: searching with FTS5", options.Value.DatabasePath);
                return;
            }

            index.CatchUp();
            log.LogInformation("Search index holds documents up to {Id} ({Seconds:0.0} s)", index.IndexedThrough, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or ObjectDisposedException)
        {
            // Searches fall back to FTS5 and catch the index up on demand.
            log.LogWarning(e, "Catching the search index up stopped");
        }
    }
}
