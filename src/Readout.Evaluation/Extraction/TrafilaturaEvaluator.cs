using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Readout.Extraction;

namespace Readout.Evaluation.Extraction;

/// <summary>
/// Trafilatura's benchmark: whitespace-normalised substring match of each page's "with" snippets
/// (found = tp, missing = fn) and "without" snippets (found = fp) in the extracted body, summed
/// over pages; F1 = 2tp/(2tp+fp+fn). A page the extractor rejects counts as a full miss.
/// </summary>
public sealed partial class TrafilaturaEvaluator(IArticleExtractor extractor)
{
    public TrafilaturaEvaluator() : this(new ArticleExtractor())
    {
    }

    /// <param name="dataDir">The unpacked set: evaldata.json with pages under eval/ or cache/.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "evaldata.json")));
        int tp = 0, fp = 0, fn = 0, tn = 0, items = 0;
        var clock = Stopwatch.StartNew();
        foreach (var entry in data.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString() ?? "";
            var path = new[] { "eval", "cache" }.Select(d => Path.Combine(dataDir, d, file)).FirstOrDefault(File.Exists);
            if (path is null)
            {
                continue;
            }

            items++;
            var article = EvaluationFiles.TryExtract(extractor, path, entry.Name, EvaluationFiles.ReadPage(path));
            var body = Normalize(article?.Body ?? "");
            foreach (var snippet in Snippets(entry.Value, "with"))
            {
                if (article is not null && body.Contains(Normalize(snippet), StringComparison.Ordinal))
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }

            foreach (var snippet in Snippets(entry.Value, "without"))
            {
                // A crash is a full miss: every unwanted snippet counts as let through.
                if (article is null || body.Contains(Normalize(snippet), StringComparison.Ordinal))
                {
                    fp++;
                }
                else
                {
                    tn++;
                }
            }
        }

        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        double f1 = 2.0 * tp / Math.Max(1, 2 * tp + fp + fn);
        return new EvaluationResult("extraction-trafilatura", [new("precision", p), new("recall", r), new("f1", f1)], items, clock.Elapsed);
    }

    private static IEnumerable<string> Snippets(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => s.Length > 0)
            : [];

    private static string Normalize(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
