using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Readout.Extraction;
using Readout.Extraction.Html;

namespace Readout.Evaluation.Extraction;

/// <summary>
/// htmldate's benchmark: the extracted publication date must equal the gold YYYY-MM-DD exactly;
/// accuracy = correct / pages present (entries whose file is absent are skipped).
/// The set has no train/test split, so it is halved by a hash of the file name: the "dev" half is
/// where errors are studied, the "holdout" half is only scored. Both halves and the whole are reported.
/// The set includes shop, wiki and forum pages the body extractor rejects; those are scored on the
/// date the page's metadata reader finds alone (the date component is what is measured) and counted. A page
/// the extractor crashes on is scored as no date, as every benchmark scores a crash as empty output.
/// </summary>
public sealed class HtmlDateEvaluator(IArticleExtractor extractor)
{
    public HtmlDateEvaluator() : this(new ArticleExtractor())
    {
    }

    /// <summary>When set, one tab-separated line per dev-half miss (file, url, found date or "-", its source) for error study.</summary>
    public TextWriter? Misses { get; init; }

    /// <summary>True for the half of the set that may be studied: the FNV-1a hash of the file name is even.</summary>
    public static bool IsDevHalf(string fileName)
    {
        var hash = 2166136261u;
        foreach (var c in fileName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 2 == 0;
    }

    /// <param name="dataDir">The unpacked set: eval_default.json and eval/.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "eval_default.json")));
        Tally all = new(), dev = new(), holdout = new();
        var rejected = 0;
        var clock = Stopwatch.StartNew();
        foreach (var entry in data.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString() ?? "";
            var path = Path.Combine(dataDir, "eval", file);
            if (!File.Exists(path))
            {
                continue;
            }

            var gold = entry.Value.GetProperty("date").GetString();
            var html = EvaluationFiles.ReadPage(path);
            var article = EvaluationFiles.TryExtract(extractor, path, entry.Name, html, out var crashed);

            // A crash found nothing: only a page the extractor rejects on purpose is scored on its metadata alone.
            var published = crashed ? null
                : article is null ? HtmlMetadataReader.Read(new HtmlParser().ParseDocument(html), entry.Name).Published
                : article.Published;
            rejected += article is null && !crashed ? 1 : 0;
            var found = published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var half = IsDevHalf(file) ? dev : holdout;
            all.Add(found, gold);
            half.Add(found, gold);
            if (half == dev && found != gold)
            {
                Misses?.WriteLine($"{file}\t{entry.Name}\t{found ?? "-"}\t{published?.Source.ToString() ?? "-"}{(crashed ? " (extraction crashed)" : article is null ? " (body rejected)" : "")}");
            }
        }

        return new EvaluationResult("dates-htmldate", [.. all.Metrics(""), new("body-rejected pages", rejected), .. dev.Metrics("dev half|"), .. holdout.Metrics("holdout half|")], all.Items, clock.Elapsed);
    }

    private sealed class Tally
    {
        private int correct, found;

        public int Items { get; private set; }

        public void Add(string? date, string? gold)
        {
            Items++;
            found += date is null ? 0 : 1;
            correct += date is not null && date == gold ? 1 : 0;
        }

        public MetricValue[] Metrics(string prefix) =>
        [
            new(prefix + "accuracy", Items > 0 ? (double)correct / Items : 0),
            new(prefix + "precision", found > 0 ? (double)correct / found : 0),
            new(prefix + "coverage", Items > 0 ? (double)found / Items : 0),
            .. prefix.Length > 0 ? [new MetricValue(prefix + "pages", Items)] : Array.Empty<MetricValue>(),
        ];
    }
}
