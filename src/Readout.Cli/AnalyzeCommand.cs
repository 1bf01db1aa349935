using System.CommandLine;
using Readout.Annotation;
using Readout.Ingest;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Cli;

/// <summary><c>readout analyze PATH... [--db FILE] [--json] [--actors FILE]</c></summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (.txt, .html, .htm, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "Embedded database file", DefaultValueFactory = _ => "readout.db" };
        var json = new Option<bool>("--json") { Description = "Print the machine-readable report on stdout" };
        var actors = ActorsOption.Create();
        var command = new Command("analyze", "Ingest pages, extract, annotate, detect and cluster events, and report them") { paths, db, json, actors };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(db)!, result.GetValue(json), result.GetValue(actors)));
        return command;
    }

    private static int Run(string[] paths, string dbPath, bool json, string[]? actorFiles)
    {
        if (ActorsOption.Load(actorFiles) is not { } actors)
        {
            return ExitCodes.Failed;
        }

        SqliteStore store;
        try
        {
            store = SqliteStore.Open(dbPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Diagnostic.Error(dbPath, $"cannot open the database ({e.Message})");
            return ExitCodes.Failed;
        }

        using (store)
        {
            var run = new AnalyzeRun(ReadoutPipeline.CreateDefault(new Annotator(actors)), store);
            void Rejected(IngestRejection r) => Diagnostic.Error(r.Path, r.Reason);

            var summary = !json && Terminal.IsInteractive
                ? ProgressDisplay.Run(paths, (progress, ct) => run.Run(paths, Rejected, progress, ct))
                : run.Run(paths, Rejected);

            foreach (var w in summary.Warnings)
            {
                Diagnostic.Warning(w.Path, w.Reason);
            }

            var report = AnalysisReport.Build(store, summary.DocumentIds);
            if (json)
            {
                using var stdout = Console.OpenStandardOutput();
                JsonReportWriter.Write(report, stdout, summary);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                TextReportWriter.Write(report, summary, Console.Out);
            }

            return summary.Rejected.Count > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
        }
    }
}
