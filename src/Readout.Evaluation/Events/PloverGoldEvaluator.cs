using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Readout.Events;

namespace Readout.Evaluation.Events;

/// <summary>
/// PLOVER type accuracy on the PLOVER gold-standard records (<c>PLOVER_GSR_CAMEO.txt</c>, a JSON array of
/// <c>{event, text, date}</c>; the DOCUMENT record is skipped): the first detected event's CAMEO code is
/// mapped with the official CAMEO→PLOVER table and compared with the gold <c>event</c>.
/// </summary>
public sealed class PloverGoldEvaluator
{
    public const string FileName = "PLOVER_GSR_CAMEO.txt";

    public EvaluationResult Evaluate(string dataDir)
    {
        var path = Directory.EnumerateFiles(dataDir, FileName, SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new FileNotFoundException($"{FileName} not found under {dataDir}");
        var clock = Stopwatch.StartNew();
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var coder = new SentenceCoder();
        int items = 0, correct = 0, silent = 0;
        foreach (var record in json.RootElement.EnumerateArray())
        {
            if (!record.TryGetProperty("text", out var text) || !record.TryGetProperty("event", out var gold))
            {
                continue;
            }

            items++;
            var date = record.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed : (DateOnly?)null;
            var code = coder.FirstCode(record.GetProperty("id").GetString() ?? $"record-{items}", text.GetString() ?? "", date);
            silent += code is null ? 1 : 0;
            if (code is not null && string.Equals(EventKindCodes.Plover(code)?.Type, gold.GetString(), StringComparison.OrdinalIgnoreCase))
            {
                correct++;
            }
        }

        var n = Math.Max(1, items);
        return new EvaluationResult("events-plover", [new("type accuracy", (double)correct / n), new("no-event share", (double)silent / n)], items, clock.Elapsed);
    }
}
