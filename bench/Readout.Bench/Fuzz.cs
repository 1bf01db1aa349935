using System.Diagnostics;
using System.Globalization;
using Readout.Pipeline;
using Readout.Tests.Robustness;

namespace Readout.Bench;

/// <summary>
/// The long run of the mutation fuzzer the tests run briefly (tests/Readout.Tests/Robustness, compiled in here):
/// <c>--fuzz N</c> mutants from <c>--fuzz-seed</c>; prints each finding with the file its mutant is kept in.
/// </summary>
internal static class Fuzz
{
    public static int Run(int mutants, int seed, string work)
    {
        var scratch = Path.Combine(work, "fuzz");
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var fuzzer = new DocumentFuzzer(ReadoutPipeline.CreateDefault(), scratch, TimeSpan.FromSeconds(60));
        var report = new FuzzReport(0, 0, []);
        const int Round = 1000;
        for (var done = 0; done < mutants; done += Round)
        {
            // Rounds of their own seeds, so a finding is replayed with --fuzz-seed and a small --fuzz.
            var round = fuzzer.Run(Math.Min(Round, mutants - done), seed + (done / Round), FuzzSeeds.All);
            report = report with { Mutants = report.Mutants + round.Mutants, Documents = report.Documents + round.Documents, Findings = [.. report.Findings, .. round.Findings] };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {report.Mutants,7} mutants  {report.Documents,7} documents  {report.Findings.Count} findings  {clock.Elapsed.TotalSeconds,6:0.0} s"));
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(report);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"elapsed {clock.Elapsed.TotalSeconds:0.0} s, CPU {(self.TotalProcessorTime - cpu).TotalSeconds:0.0} s; findings kept in {DocumentFuzzer.SavedFolder}"));
        return report.Findings.Count == 0 ? 0 : 1;
    }
}
