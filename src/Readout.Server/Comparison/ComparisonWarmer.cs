using System.Diagnostics;
using Microsoft.Extensions.Options;
using Readout.Storage;

namespace Readout.Server.Comparison;

/// <summary>
/// After start-up, compares the events with the most sources into <see cref="ComparisonService"/>'s cache, one at a
/// time on one thread, up to half the cache budget: the pages that would cost most cold are warm before anyone asks.
/// New sources change the cache key, so an event that grows is compared again on its next view.
/// </summary>
internal sealed class ComparisonWarmer(IOptions<ServerOptions> options, ComparisonService comparisons, ILogger<ComparisonWarmer> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.WarmComparisons ? Task.Run(() => Warm(stoppingToken), stoppingToken) : Task.CompletedTask;

    private void Warm(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var (events, budget) = (0, ComparisonService.CachedSources / 2);
        try
        {
            using var store = SqliteStore.OpenPooled(options.Value.DatabasePath);
            foreach (var id in store.EventsWithSeveralSources(limit: budget / 2))
            {
                if (stop.IsCancellationRequested || budget <= 0)
                {
                    break;
                }

                budget -= comparisons.Compare(store, id)?.SourcesCompared ?? 0;
                events++;
            }

            log.LogInformation("Compared {Events} events with several sources in {Seconds:0.0} s", events, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
        {
            // Warming is an optimisation: pages still compare on demand.
            log.LogWarning(e, "Warming comparisons stopped after {Events} events", events);
        }
    }
}
