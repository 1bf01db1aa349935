using System.Diagnostics;
using System.Globalization;
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

    /// <summary>Snippet counts of a group of pages.</summary>
    private sealed class Tally
    {
        public int Tp { get; set; }

        public int Fp { get; set; }

        public int Fn { get; set; }

        public IEnumerable<MetricValue> Metrics(string prefix)
        {
            double p = Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 0;
            double r = Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 0;
            double f1 = 2.0 * Tp / Math.Max(1, 2 * Tp + Fp + Fn);
            return [new(prefix + "precision", p), new(prefix + "recall", r), new(prefix + "f1", f1)];
        }
    }

    /// <param name="dataDir">The unpacked set: evaldata.json with pages under eval/ or cache/.</param>
    /// <remarks>With READOUT_EVAL_ERRORS set to a path, every page's counts, missed and unwanted snippets are written there.</remarks>
    public EvaluationResult Evaluate(string dataDir)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "evaldata.json")));
        using var dump = EvaluationFiles.OpenPageDump();
        Tally all = new(), dev = new(), heldOut = new();
        var items = 0;
        WarmUp(dataDir, data.RootElement);
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
            var html = EvaluationFiles.ReadPage(path);
            var started = clock.Elapsed;
            var article = EvaluationFiles.TryExtract(extractor, path, entry.Name, html);
            var took = clock.Elapsed - started;
            var body = Normalize(article?.Body ?? "");
            var page = new Tally();
            var notes = new List<string>();
            foreach (var snippet in Snippets(entry.Value, "with"))
            {
                if (article is not null && body.Contains(Normalize(snippet), StringComparison.Ordinal))
                {
                    page.Tp++;
                }
                else
                {
                    page.Fn++;
                    notes.Add("\tmissed\t" + Normalize(snippet));
                }
            }

            foreach (var snippet in Snippets(entry.Value, "without"))
            {
                // A crash is a full miss: every unwanted snippet counts as let through.
                if (article is null || body.Contains(Normalize(snippet), StringComparison.Ordinal))
                {
                    page.Fp++;
                    notes.Add("\tunwanted\t" + Normalize(snippet));
                }
            }

            var half = EvaluationFiles.IsDevHalf(file) ? dev : heldOut;
            foreach (var tally in new[] { all, half })
            {
                tally.Tp += page.Tp;
                tally.Fp += page.Fp;
                tally.Fn += page.Fn;
            }

            if (dump is not null)
            {
                dump.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}\t{(half == dev ? "dev" : "held-out")}\ttp {page.Tp}\tfn {page.Fn}\tfp {page.Fp}\t{took.TotalMilliseconds:0}ms"));
                notes.ForEach(dump.WriteLine);
            }
        }

        var metrics = all.Metrics("").Concat(dev.Metrics("dev half|")).Concat(heldOut.Metrics("held-out half|")).ToList();
        return new EvaluationResult("extraction-trafilatura", metrics, items, clock.Elapsed);
    }

    /// <summary>
    /// Extracts the first page once, untimed: otherwise its time in the dump is the process's start-up
    /// (JIT, parser and regex set-up, about a second), not the page's own cost.
    /// </summary>
    private void WarmUp(string dataDir, JsonElement pages)
    {
        foreach (var entry in pages.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString() ?? "";
            if (new[] { "eval", "cache" }.Select(d => Path.Combine(dataDir, d, file)).FirstOrDefault(File.Exists) is { } path)
            {
                EvaluationFiles.TryExtract(extractor, path, entry.Name, EvaluationFiles.ReadPage(path));
                return;
            }
        }
    }

    private static IEnumerable<string> Snippets(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => s.Length > 0)
            : [];

    private static string Normalize(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
