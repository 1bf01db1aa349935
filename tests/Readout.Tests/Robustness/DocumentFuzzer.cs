using System.Diagnostics;
using Readout.Comparison;
using Readout.Extraction;
using Readout.Ingest;
using Readout.Model;
using Readout.Pipeline;

namespace Readout.Tests.Robustness;

/// <summary>
/// Mutation fuzzing of the per-document path: each mutant of a valid input is written to a file and read, extracted,
/// annotated, event-detected and split into claims as an analyze run would. Only outcomes are judged: the reader
/// rejects with the input's name and a reason or yields documents; a page fails only with the documented
/// <see cref="ExtractionException"/>; every span stays inside its body; no input runs past a generous time guard.
/// Every finding keeps its mutant in a file to replay.
/// </summary>
internal sealed class DocumentFuzzer(ReadoutPipeline pipeline, string scratch, TimeSpan guard)
{
    private readonly DocumentReader _reader = new();
    private readonly ClaimSplitter _claims = new();

    public static string SavedFolder => Path.Combine(Path.GetTempPath(), "readout-fuzz");

    /// <summary>Runs <paramref name="count"/> mutants from <paramref name="seed"/>; stops early at an input that outruns the guard.</summary>
    public FuzzReport Run(int count, int seed, IReadOnlyList<(string Extension, byte[] Bytes)> inputs)
    {
        var random = new Random(seed);
        var mutator = new Mutator(random);
        var findings = new List<FuzzFinding>();
        var documents = 0;
        Directory.CreateDirectory(scratch);
        for (var i = 0; i < count; i++)
        {
            var (extension, bytes) = inputs[random.Next(inputs.Count)];
            var mutant = mutator.Mutate(bytes, inputs[random.Next(inputs.Count)].Bytes);

            // Now and then a file under the wrong extension: a page saved as .txt, a feed as .html.
            extension = random.Next(5) == 0 ? InputExtensions[random.Next(InputExtensions.Length)] : extension;
            var name = $"mutant-{seed}-{i}{extension}";
            var path = Path.Combine(scratch, name);
            File.WriteAllBytes(path, mutant);

            var check = Task.Run(() => Check(new InputFile(path, name, InputWalker.KindOf(name)!.Value)));
            if (!Finishes(check, guard))
            {
                findings.Add(new FuzzFinding(name, Keep(path), $"no outcome within {guard.TotalSeconds:0} s of CPU time (a loop, or a cost far beyond linear)"));
                return new FuzzReport(i + 1, documents, findings);
            }

            var (read, problems) = check.Result;
            documents += read;
            if (problems.Count > 0)
            {
                var kept = Keep(path);
                findings.AddRange(problems.Select(p => new FuzzFinding(name, kept, p)));
            }

            File.Delete(path);
        }

        return new FuzzReport(count, documents, findings);
    }

    private static readonly string[] InputExtensions = [".txt", ".html", ".jsonl"];

    /// <summary>
    /// Whether the check ends within <paramref name="guard"/> of the process's CPU time: on a loaded machine the clock
    /// runs many times faster than the work, so a wall-clock guard trips on slow neighbours, not on slow inputs. The
    /// process's time, not the check's thread's (which .NET does not expose), so work running beside it counts too:
    /// the guard errs on the strict side by at most the core count. A check that waits without using the CPU is
    /// still ended after ten guards of wall-clock time.
    /// </summary>
    private static bool Finishes(Task check, TimeSpan guard)
    {
        var cpuAtStart = ProcessCpu();
        var clock = Stopwatch.StartNew();
        while (!check.Wait(TimeSpan.FromMilliseconds(250)))
        {
            if (ProcessCpu() - cpuAtStart > guard || clock.Elapsed > guard * 10)
            {
                return false;
            }
        }

        return true;
    }

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private (int Documents, List<string> Problems) Check(InputFile file)
    {
        var problems = new List<string>();
        List<IngestItem> items;
        try
        {
            items = [.. _reader.Read(file)];
        }
        catch (Exception e)
        {
            problems.Add($"the reader threw {Describe(e)}");
            return (0, problems);
        }

        var documents = 0;
        foreach (var item in items)
        {
            if (item.Path != file.DisplayPath && !item.Path.StartsWith(file.DisplayPath + "#", StringComparison.Ordinal))
            {
                problems.Add($"an outcome names '{item.Path}', not the input");
            }

            switch (item)
            {
                case IngestRejection { Reason: var reason } when string.IsNullOrWhiteSpace(reason):
                    problems.Add($"{item.Path}: rejected without a reason");
                    break;
                case IngestedDocument { Document: var raw }:
                    documents++;
                    Analyse(raw, problems);
                    break;
            }
        }

        return (documents, problems);
    }

    private void Analyse(RawDocument raw, List<string> problems)
    {
        AnalyzedDocument analyzed;
        try
        {
            analyzed = pipeline.Analyze(raw);
        }
        catch (ExtractionException e)
        {
            if (string.IsNullOrWhiteSpace(e.Message))
            {
                problems.Add($"{raw.Path}: rejected by the extractor without a reason");
            }

            return;
        }
        catch (Exception e)
        {
            problems.Add($"{raw.Path}: analysis threw {Describe(e)}");
            return;
        }

        var body = analyzed.Article.Body;
        var annotations = analyzed.Annotations;
        CheckSpans(raw.Path, "mention", body, annotations.Mentions.Select(m => m.Span), problems);
        CheckSpans(raw.Path, "time", body, annotations.Times.Select(t => t.Span), problems);
        CheckSpans(raw.Path, "event evidence", body, analyzed.Events.Select(e => e.Evidence), problems);
        CheckSpans(raw.Path, "event date", body, analyzed.Events.Where(e => e.DateSpan is not null).Select(e => e.DateSpan!.Value), problems);
        try
        {
            var participants = analyzed.Events.SelectMany(e => e.Participants).DistinctBy(p => p.EntityKey).ToList();
            CheckSpans(raw.Path, "claim", body, _claims.Split(1, body, annotations, participants).Select(c => c.Claim.Span), problems);
        }
        catch (Exception e)
        {
            problems.Add($"{raw.Path}: claim splitting threw {Describe(e)}");
        }
    }

    private static void CheckSpans(string path, string what, string body, IEnumerable<TextSpan> spans, List<string> problems)
    {
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End < span.Start || span.End > body.Length)
            {
                problems.Add($"{path}: {what} span {span} outside a body of {body.Length} characters");
                return;
            }
        }
    }

    /// <summary>The exception's type, message and first Readout frame: what a bug report needs.</summary>
    private static string Describe(Exception e)
    {
        var at = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Readout.", StringComparison.Ordinal));
        return $"{e.GetType().Name}: {e.Message} {at}";
    }

    private static string Keep(string path)
    {
        Directory.CreateDirectory(SavedFolder);
        var kept = Path.Combine(SavedFolder, Path.GetFileName(path));
        File.Copy(path, kept, overwrite: true);
        return kept;
    }
}

/// <summary>What a fuzz run found: inputs tried, documents that reached analysis, and every problem with its saved mutant.</summary>
internal sealed record FuzzReport(int Mutants, int Documents, IReadOnlyList<FuzzFinding> Findings)
{
    public override string ToString() =>
        $"{Mutants} mutants, {Documents} documents analysed, {Findings.Count} findings" + string.Concat(Findings.Select(f => $"\n  {f}"));
}

internal sealed record FuzzFinding(string Input, string SavedAs, string Problem)
{
    public override string ToString() => $"{Input} ({SavedAs}): {Problem}";
}
