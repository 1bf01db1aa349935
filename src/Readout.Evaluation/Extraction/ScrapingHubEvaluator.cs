using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Readout.Extraction;

namespace Readout.Evaluation.Extraction;

/// <summary>
/// ScrapingHub article-extraction benchmark: per page, multisets of word 4-gram shingles (tokens are
/// \w+ matches) of predicted vs true body; tp/fp/fn normalised by their sum; precision and recall
/// averaged over pages (pages with tp+fp=0 left out of precision, tp+fn=0 out of recall); F1 of the means.
/// </summary>
public sealed partial class ScrapingHubEvaluator(IArticleExtractor extractor)
{
    private const int ShingleSize = 4;

    public ScrapingHubEvaluator() : this(new ArticleExtractor())
    {
    }

    /// <summary>Per-page precision and recall sums of a group of pages.</summary>
    private sealed class Tally
    {
        private double precisionSum;
        private double recallSum;
        private int precisionPages;
        private int recallPages;

        public void Add(double tp, double fp, double fn)
        {
            if (tp + fp > 0)
            {
                precisionSum += tp / (tp + fp);
                precisionPages++;
            }

            if (tp + fn > 0)
            {
                recallSum += tp / (tp + fn);
                recallPages++;
            }
        }

        public IEnumerable<MetricValue> Metrics(string prefix)
        {
            var p = precisionPages > 0 ? precisionSum / precisionPages : 0;
            var r = recallPages > 0 ? recallSum / recallPages : 0;
            var f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
            return [new(prefix + "precision", p), new(prefix + "recall", r), new(prefix + "f1", f1)];
        }
    }

    /// <param name="dataDir">The unpacked set: html/&lt;id&gt;.html.gz and ground-truth.json.</param>
    /// <remarks>With READOUT_EVAL_ERRORS set to a path, every page's precision and recall are written there.</remarks>
    public EvaluationResult Evaluate(string dataDir)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "ground-truth.json")));
        using var dump = EvaluationFiles.OpenPageDump();
        Tally all = new(), dev = new(), heldOut = new();
        var items = 0;
        var clock = Stopwatch.StartNew();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var path = Path.Combine(dataDir, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            items++;
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            var expected = entry.Value.GetProperty("articleBody").GetString() ?? "";
            var predicted = EvaluationFiles.TryExtract(extractor, path, url, EvaluationFiles.ReadPage(path))?.Body ?? "";
            var (tp, fp, fn) = Compare(predicted, expected);
            var isDev = EvaluationFiles.IsDevHalf(entry.Name);
            all.Add(tp, fp, fn);
            (isDev ? dev : heldOut).Add(tp, fp, fn);
            dump?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{entry.Name}\t{(isDev ? "dev" : "held-out")}\tP {(tp + fp > 0 ? tp / (tp + fp) : 0):0.000}\tR {(tp + fn > 0 ? tp / (tp + fn) : 0):0.000}\t{url}"));
        }

        var metrics = all.Metrics("").Concat(dev.Metrics("dev half|")).Concat(heldOut.Metrics("held-out half|")).ToList();
        return new EvaluationResult("extraction-scrapinghub", metrics, items, clock.Elapsed);
    }

    /// <summary>Shingle multiset overlap, normalised so tp+fp+fn = 1 (0,0,0 when both sides are empty).</summary>
    internal static (double Tp, double Fp, double Fn) Compare(string predicted, string expected)
    {
        var pred = Shingles(predicted);
        var gold = Shingles(expected);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in pred)
        {
            var g = gold.GetValueOrDefault(key);
            tp += Math.Min(count, g);
            fp += Math.Max(0, count - g);
        }

        foreach (var (key, count) in gold)
        {
            fn += Math.Max(0, count - pred.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum == 0 ? (0, 0, 0) : (tp / sum, fp / sum, fn / sum);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = WordRegex().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.GetRange(i, ShingleSize));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRegex();
}
