using System.Diagnostics;
using System.Globalization;
using Readout.Clustering.Documents;

namespace Readout.Bench;

/// <summary>
/// Issue 4 at scale: streams N dated synthetic reports (<see cref="SyntheticNewsStream"/>) through the
/// same-event <see cref="DocumentClusterer"/> and prints, per slice, clustering docs/s and CPU time per
/// document (features are made before each slice's clock starts, so only clustering is timed) and memory
/// with what the windowed index holds, so that flat cost and bounded state are visible.
/// </summary>
internal static class ClusteringScale
{
    /// <summary>Reports made and clustered at a time: small enough that the pending features stay a few MB.</summary>
    private const int Batch = 5_000;

    public static void Run(string samples, string? data, int count, int windowDays, double nearCopyShare)
    {
        var clock = Stopwatch.StartNew();
        var stream = SyntheticNewsStream.Create(samples, data, nearCopyShare);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clustering scale: {count} reports from {stream.BaseCount} base texts (annotated in {clock.Elapsed.TotalSeconds:0.0} s), window {windowDays} days, near-copy share {nearCopyShare:0.00}"));

        var index = new InMemoryDocumentClusterIndex(windowDays);
        var clusterer = new DocumentClusterer(index, DocumentClusterOptions.Default);
        var slice = Math.Max(Batch, count / 10);
        using var self = Process.GetCurrentProcess();
        double wall = 0, cpu = 0, totalWall = 0, totalCpu = 0;
        long allocated = 0;
        int done = 0, reported = 0, copies = 0;
        DateOnly? last = null;
        while (done < count)
        {
            var batch = stream.Next(Math.Min(Batch, count - done));
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (var features in batch)
            {
                copies += clusterer.Place(features).NearCopy is null ? 0 : 1;
            }

            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            self.Refresh();
            wall += watch.Elapsed.TotalSeconds;
            cpu += (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            done += batch.Length;
            last = batch[^1].Published;
            if (done % slice == 0 || done == count)
            {
                Report(done, done - reported, wall, cpu, allocated, index, stream, last, copies);
                reported = done;
                (totalWall, totalCpu, wall, cpu, allocated) = (totalWall + wall, totalCpu + cpu, 0, 0, 0);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {count} reports, {stream.Events} events, {count / totalWall:0} docs/s clustering, {totalCpu * 1e6 / count:0} µs CPU per doc; peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB"));
    }

    // "heap" is what the GC holds, garbage included; "live" is what survives a full collection (the window's
    // real size), forced here, outside the timed batches.
    private static void Report(int done, int docs, double wall, double cpu, long allocated, InMemoryDocumentClusterIndex index, SyntheticNewsStream stream, DateOnly? last, int copies)
    {
        var heap = GC.GetTotalMemory(false) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {done,8} docs (to {last:yyyy-MM-dd})  {docs / wall,6:0} docs/s  {cpu * 1e6 / docs,4:0} µs CPU/doc  {allocated / 1024.0 / docs,5:0.0} KB alloc/doc  "
            + $"working set {Environment.WorkingSet / 1048576.0,5:0} MB  heap {heap,5:0} MB  live {GC.GetTotalMemory(true) / 1048576.0,5:0} MB  "
            + $"window {index.DocumentCount} docs, {index.Clusters.Count} clusters, {index.TermCount} terms; {index.EvictedCount} clusters evicted, {stream.Events} events made; near copies {copies} joined of {stream.Copies} made"));
    }
}
