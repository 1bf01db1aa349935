using System.Diagnostics;

namespace Readout.Evaluation.Events;

/// <summary>
/// CAMEO root accuracy on the UniversalPetrarch validation sentences: the two-digit root of the first event
/// Readout detects must equal the root of a gold coding; a record whose gold is "no event" is right only
/// when nothing is detected. Also reported: accuracy on the records that have gold events, and the share of
/// records where Readout detects nothing.
/// </summary>
public sealed class CameoValidationEvaluator
{
    public const string FileName = "PETR2_GSR_validation.xml";

    /// <param name="dataDir">The unpacked set; the file is looked for anywhere below it.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        var path = Directory.EnumerateFiles(dataDir, FileName, SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new FileNotFoundException($"{FileName} not found under {dataDir}");
        var clock = Stopwatch.StartNew();
        var coder = new SentenceCoder();
        var records = CameoValidationReader.Read(path);
        int correct = 0, withEvents = 0, correctWithEvents = 0, silent = 0;
        foreach (var record in records)
        {
            var code = coder.FirstCode(record.Id, record.Text, record.Date);
            silent += code is null ? 1 : 0;
            var right = IsRight(code, record.GoldCodes);
            correct += right ? 1 : 0;
            if (record.GoldCodes.Count > 0)
            {
                withEvents++;
                correctWithEvents += right ? 1 : 0;
            }
        }

        var n = Math.Max(1, records.Count);
        return new EvaluationResult("events-universalpetrarch-validation",
        [
            new("root accuracy", (double)correct / n),
            new("on gold events", (double)correctWithEvents / Math.Max(1, withEvents)),
            new("no-event share", (double)silent / n),
            new("gold no-event share", (double)(records.Count - withEvents) / n),
        ], records.Count, clock.Elapsed);
    }

    /// <summary>Root match against any gold coding (their order is arbitrary); silence is right only for a no-event record.</summary>
    public static bool IsRight(string? code, IReadOnlyList<string> gold) =>
        code is null ? gold.Count == 0 : gold.Any(g => g.Length >= 2 && code.Length >= 2 && g.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2)));
}
