using System.Diagnostics;
using Readout.Events;
using Readout.Model;

namespace Readout.Evaluation.Events;

/// <summary>
/// CAMEO root accuracy on the UniversalPetrarch validation sentences: the two-digit root of the first event
/// Readout detects must equal the root of a gold coding; a record whose gold is "no event" is right only
/// when nothing is detected. Also reported: accuracy on the records that have gold events, and the share of
/// records where Readout detects nothing. The same reader and scoring serve the PETRARCH-2 unit-test records
/// (<see cref="UnitTestFileName"/>, fictional countries), the development set.
/// </summary>
/// <param name="fileName">The record file, looked for anywhere below the data folder.</param>
/// <param name="setName">The result's name.</param>
public sealed class CameoValidationEvaluator(string fileName = CameoValidationEvaluator.FileName, string setName = "events-universalpetrarch-validation")
{
    public const string FileName = "PETR2_GSR_validation.xml";

    /// <summary>PETRARCH-2's unit tests: coded with its test verb dictionary, so a few gold codes are not the CAMEO ones.</summary>
    public const string UnitTestFileName = "PETR.UnitTest.records.xml";

    /// <param name="dataDir">The unpacked set; the file is looked for anywhere below it.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        var path = Directory.EnumerateFiles(dataDir, fileName, SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new FileNotFoundException($"{fileName} not found under {dataDir}");
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
        var fidelity = fileName == UnitTestFileName ? MatcherFidelity(path, records) : null;
        return new EvaluationResult(setName,
        [
            new("root accuracy", (double)correct / n),
            new("on gold events", (double)correctWithEvents / Math.Max(1, withEvents)),
            new("no-event share", (double)silent / n),
            new("gold no-event share", (double)(records.Count - withEvents) / n),
            .. fidelity is { } f ? [new("with PETRARCH's test dictionary", f)] : Array.Empty<MetricValue>(),
        ], records.Count, clock.Elapsed);
    }

    /// <summary>
    /// Root accuracy of the verb matcher alone, given the dictionary the unit tests were written for
    /// (<c>PETR.Validate.verbs.txt</c>, next to them), kept only between a source and a target actor as in the detector:
    /// how faithfully the token matcher reproduces PETRARCH-2's coding.
    /// </summary>
    private static double? MatcherFidelity(string recordsPath, List<CameoValidationRecord> records)
    {
        var dictionaryPath = Directory.EnumerateFiles(Path.GetDirectoryName(Path.GetDirectoryName(recordsPath)!)!, "PETR.Validate.verbs.txt", SearchOption.AllDirectories).FirstOrDefault();
        if (dictionaryPath is null)
        {
            return null;
        }

        using var reader = File.OpenText(dictionaryPath);
        var dictionary = CameoVerbDictionary.Parse(reader);
        var actors = TestActors(dictionaryPath);
        var correct = records.Count(r => IsRight(
            CameoVerbMatcher.Find(r.Text, 0, r.Text.Length, dictionary)
                .Where(h => ActorCue.Frames(r.Text, new TextSpan(0, r.Text.Length), new TextSpan(h.Start, h.Start + h.Length), actors, actors is null)).OrderBy(h => h.Rank).ThenBy(h => h.Start).Select(h => h.Code).FirstOrDefault(),
            r.GoldCodes));

        return (double)correct / Math.Max(1, records.Count);
    }

    // The actor dictionary the unit tests were written for (PETR.Validate.actors.txt, next to the verbs; evaluation
    // only): with it, as in PETRARCH-2, only its actors and the agents count, not any capitalised word.
    private static ActorDictionary? TestActors(string verbsPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(verbsPath)!, "PETR.Validate.actors.txt");
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = File.OpenText(path);
        return ActorDictionary.Parse(reader);
    }

    /// <summary>Root match against any gold coding (their order is arbitrary); silence is right only for a no-event record.</summary>
    public static bool IsRight(string? code, IReadOnlyList<string> gold) =>
        code is null ? gold.Count == 0 : gold.Any(g => g.Length >= 2 && code.Length >= 2 && g.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2)));
}
