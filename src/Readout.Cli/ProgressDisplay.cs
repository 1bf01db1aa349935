using Readout.Ingest;
using Readout.Pipeline;
using Spectre.Console;

namespace Readout.Cli;

/// <summary>A Spectre.Console progress bar over the input files, drawn on stderr.</summary>
internal static class ProgressDisplay
{
    public static RunSummary Run(string[] paths, Func<IProgress<RunProgress>, CancellationToken, RunSummary> run)
    {
        var total = InputWalker.Walk(paths).Count(r => r.File is not null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("analyzing", maxValue: Math.Max(total, 1));
                var progress = new Progress(task);
                var summary = run(progress, CancellationToken.None);
                task.Value = task.MaxValue;
                return summary;
            });
    }

    /// <summary>Synchronous <see cref="IProgress{T}"/>: the run reports from its own thread.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.Value = value.Files;
            task.Description = $"analyzing ({value.Documents} docs)";
        }
    }
}
