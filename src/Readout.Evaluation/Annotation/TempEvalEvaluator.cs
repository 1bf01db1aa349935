using System.Diagnostics;
using Readout.Annotation.Times;

namespace Readout.Evaluation.Annotation;

/// <summary>
/// TempEval-3 task A (TIMEX3 extraction and normalisation): each document's plain text goes to the time
/// recognizer with the document creation time as reference date; strict span, relaxed span and value F1
/// over all system and gold TIMEX3s of the set, as the TempEval-3 toolkit reports them.
/// </summary>
public sealed class TempEvalEvaluator(string goldFolderName = TempEvalEvaluator.PlatinumFolder)
{
    /// <summary>The TE3 platinum test gold.</summary>
    public const string PlatinumFolder = "te3-platinum";

    /// <summary>The TimeBank + AQUAINT training files (for error analysis; never the test gold).</summary>
    public const string TrainingFolder = "TBAQ-cleaned";

    private readonly TimeExpressionRecognizer _recognizer = new();

    /// <param name="dataDir">The unpacked set; the gold folder is looked for anywhere beneath it. With the
    /// environment variable READOUT_EVAL_ERRORS set to a path, an error analysis is written there.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        var folder = FindFolder(dataDir, goldFolderName);
        var errors = Environment.GetEnvironmentVariable("READOUT_EVAL_ERRORS") is { Length: > 0 } path ? File.CreateText(path) : null;
        try
        {
            return Evaluate(folder, errors);
        }
        finally
        {
            errors?.Dispose();
        }
    }

    /// <summary>Scores every .tml file under <paramref name="goldFolder"/>; misses and wrong values go to <paramref name="errors"/> when given.</summary>
    public EvaluationResult Evaluate(string goldFolder, TextWriter? errors)
    {
        var files = Directory.EnumerateFiles(goldFolder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var total = TimexCounts.Zero;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var doc = TimeMlDocument.Load(file);
            var system = _recognizer.Recognize(doc.Text, doc.Creation);
            total = total.Plus(TimexScorer.Score(doc.Timexes, system));
            if (errors is not null)
            {
                TimexErrorReport.Write(errors, doc, system);
            }
        }

        return new EvaluationResult("time-tempeval3", [
            new("value-F1", total.ValueF1), new("strict-F1", total.StrictF1), new("relaxed-F1", total.RelaxedF1),
            new("strict-P", total.Precision(total.Strict)), new("strict-R", total.Recall(total.Strict)),
        ], files.Count, clock.Elapsed);
    }

    private static string FindFolder(string dataDir, string name)
    {
        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(dataDir)) == name)
        {
            return dataDir;
        }

        return Directory.EnumerateDirectories(dataDir, name, SearchOption.AllDirectories).FirstOrDefault()
               ?? throw new DirectoryNotFoundException($"{dataDir}: no '{name}' folder");
    }
}
