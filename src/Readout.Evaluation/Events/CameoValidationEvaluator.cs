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
        var (loadTime, loadBytes) = ActorDictionaryLoad();
        int correct = 0, withEvents = 0, correctWithEvents = 0, silent = 0, dyads = 0, dyadCountries = 0, dyadCodes = 0;
        foreach (var record in records)
        {
            var found = coder.FirstEvent(record.Id, record.Text, record.Date);
            var code = found?.CameoCode;
            silent += code is null ? 1 : 0;
            var right = IsRight(code, record.GoldCodes);
            correct += right ? 1 : 0;
            if (record.GoldCodes.Count > 0)
            {
                withEvents++;
                correctWithEvents += right ? 1 : 0;
                if (right && record.GoldActors.Count == record.GoldCodes.Count)
                {
                    dyads++;
                    dyadCountries += SameDyad(found!, record, 3) ? 1 : 0;
                    dyadCodes += SameDyad(found!, record, int.MaxValue) ? 1 : 0;
                }
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
            .. dyads > 0 && fidelity is null
                ? [new("dyad countries on right roots", (double)dyadCountries / dyads), new("dyad codes on right roots", (double)dyadCodes / dyads),
                   new("actor dictionary load ms", loadTime.TotalMilliseconds), new("actor dictionary MB", loadBytes / 1048576.0)]
                : Array.Empty<MetricValue>(),
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

    /// <summary>
    /// Whether the event's source and target actor codes equal, in their first <paramref name="length"/> letters (3: the
    /// country), those of a gold coding with the same root ("USAGOV" ~ "USA" by country, not exactly).
    /// </summary>
    private static bool SameDyad(EventMention found, CameoValidationRecord record, int length)
    {
        for (var k = 0; k < record.GoldCodes.Count; k++)
        {
            var (source, target) = record.GoldActors[k];
            if (IsRight(found.CameoCode, [record.GoldCodes[k]]) && Same(found.SourceActor, source, length) && Same(found.TargetActor, target, length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string? code, string gold, int length) =>
        code is not null && code.AsSpan(0, Math.Min(length, code.Length)).SequenceEqual(gold.AsSpan(0, Math.Min(length, gold.Length)));

    // Load time and retained memory of the shipped actor dictionary, measured once (skewed by the machine's load).
    private static (TimeSpan Time, long Bytes) ActorDictionaryLoad()
    {
        if (ActorDictionary.DefaultLoaded)
        {
            return (ActorDictionary.LoadTime, 0);
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        _ = ActorDictionary.Default.Count;
        return (ActorDictionary.LoadTime, GC.GetTotalMemory(forceFullCollection: true) - before);
    }

    /// <summary>Root match against any gold coding (their order is arbitrary); silence is right only for a no-event record.</summary>
    public static bool IsRight(string? code, IReadOnlyList<string> gold) =>
        code is null ? gold.Count == 0 : gold.Any(g => g.Length >= 2 && code.Length >= 2 && g.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2)));
}
