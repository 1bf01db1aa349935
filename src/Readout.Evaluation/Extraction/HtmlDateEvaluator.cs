using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Readout.Extraction;

namespace Readout.Evaluation.Extraction;

/// <summary>
/// htmldate's benchmark: the extracted publication date must equal the gold YYYY-MM-DD exactly;
/// accuracy = correct / pages present (entries whose file is absent are skipped).
/// </summary>
public sealed class HtmlDateEvaluator(IArticleExtractor extractor)
{
    public HtmlDateEvaluator() : this(new ArticleExtractor())
    {
    }

    /// <param name="dataDir">The unpacked set: eval_default.json and eval/.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "eval_default.json")));
        int correct = 0, found = 0, items = 0;
        var clock = Stopwatch.StartNew();
        foreach (var entry in data.RootElement.EnumerateObject())
        {
            var path = Path.Combine(dataDir, "eval", entry.Value.GetProperty("file").GetString() ?? "");
            if (!File.Exists(path))
            {
                continue;
            }

            items++;
            var gold = entry.Value.GetProperty("date").GetString();
            var published = EvaluationFiles.TryExtract(extractor, path, entry.Name, EvaluationFiles.ReadPage(path))?.Published;
            if (published is null)
            {
                continue;
            }

            found++;
            if (published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == gold)
            {
                correct++;
            }
        }

        var accuracy = items > 0 ? (double)correct / items : 0;
        var precision = found > 0 ? (double)correct / found : 0;
        return new EvaluationResult("dates-htmldate", [new("accuracy", accuracy), new("precision", precision), new("coverage", items > 0 ? (double)found / items : 0)], items, clock.Elapsed);
    }
}
