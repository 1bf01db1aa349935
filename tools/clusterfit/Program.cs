using System.Globalization;
using Readout.Clustering.Documents;
using Readout.Evaluation.Clustering;
using Readout.Tools.ClusterFit;

// dotnet run --project tools/clusterfit -c Release -- cv --data /tmp/readout-data
// dotnet run --project tools/clusterfit -c Release -- fit --data /tmp/readout-data --out src/Readout/Clustering/Documents/Data/join-model.tsv
// Tunes on the ECB+ training topics only; "fit" also prints the dev topics as a check. Test topics are never read.
var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
var corpus = Corpus.Load(options.GetValueOrDefault("--data", "/tmp/readout-data"), options.GetValueOrDefault("--cache", Path.Combine(Path.GetTempPath(), "clusterfit-ecbplus.json")));
var lambda = double.Parse(options.GetValueOrDefault("--lambda", "1"), CultureInfo.InvariantCulture);
var rounds = int.Parse(options.GetValueOrDefault("--rounds", "1"), CultureInfo.InvariantCulture);
Fitting.MinSize = int.Parse(options.GetValueOrDefault("--min-size", "0"), CultureInfo.InvariantCulture);
var threshold = double.Parse(options.GetValueOrDefault("--threshold", "1.73"), CultureInfo.InvariantCulture);
var train = corpus.Split.Train.Order().ToArray();
double[] cuts = [.. Enumerable.Range(-12, 25).Select(i => i / 4.0)];
double[] thresholds = [.. Enumerable.Range(30, 18).Select(i => i / 20.0)];

switch (args.FirstOrDefault())
{
    case "cv":
    {
        // Leave-topics-out: five folds of training topics, each clustered on its own with a model fitted on the others.
        var folds = Enumerable.Range(0, 5).Select(f => train.Where((_, i) => i % 5 == f).ToHashSet()).ToArray();
        var subsets = folds.Select(f => corpus.Topics(f)).ToArray();
        foreach (var t in thresholds)
        {
            if (args.Length > 0) { continue; }
            Print($"threshold {t:0.00}", Runs.Mean(corpus, subsets, _ => DocumentClusterOptions.Default with { Threshold = t }));
        }

        var models = folds.Select(f => Fitting.Fit(corpus, corpus.Topics(train.Where(t => !f.Contains(t)).ToHashSet()), lambda, rounds)).ToArray();

        // Ranking on held-out decisions (logged under the shipped rule): does the model order right above wrong joins better than the score?
        var held = new List<(double Score, double Model, double Size, bool Y)>();
        for (var f = 0; f < folds.Length; f++)
        {
            var log = new List<(double[] X, bool Y)>();
            for (var seed = 1; seed <= 3; seed++)
            {
                Runs.Run(corpus, subsets[f], Runs.Shuffled(subsets[f].Length, seed + 50), DocumentClusterOptions.Default with { Threshold = 1.73 }, log);
            }

            held.AddRange(log.Select(e => (e.X[0], models[f].LogOdds(e.X), 1 / e.X[9], e.Y)));
        }

        foreach (var maxSize in new[] { 1.0, 3.0, 1e9 })
        {
            var part = held.Where(h => h.Size <= maxSize).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out AUC, clusters <= {maxSize}: {part.Count} decisions, {part.Count(h => !h.Y)} wrong; score {Fitting.Auc(part.Select(h => (h.Score, h.Y))):0.000}, model {Fitting.Auc(part.Select(h => (h.Model, h.Y))):0.000}"));
        }

        foreach (var cut in cuts)
        {
            Print($"log-odds {cut:0.00}", Runs.Mean(corpus, subsets, f => DocumentClusterOptions.Default with { Model = models[f], JoinLogOdds = cut, ModelMinSize = Fitting.MinSize, Threshold = threshold }));
        }

        return 0;
    }

    case "days":
    {
        // Month-day agreement/conflict as score terms, swept on the whole training topics (3 orders), dev as a check.
        int[][] whole = [corpus.Topics(train.ToHashSet())];
        int[][] dev = [corpus.Topics(corpus.Split.Dev)];
        Console.WriteLine($"documents with month-days: {corpus.Features.Count(f => f.Days is { Count: > 0 })} of {corpus.Features.Length}");
        var grid = options.GetValueOrDefault("--grid", "0:0,0.1:0.1,0.2:0.2,0.1:0.3,0.2:0.4,0.3:0.3,0:0.3").Split(',');
        foreach (var pair in grid)
        {
            var (agree, conflict) = (double.Parse(pair.Split(':')[0], CultureInfo.InvariantCulture), double.Parse(pair.Split(':')[1], CultureInfo.InvariantCulture));
            foreach (var t in new[] { 1.55, 1.65, 1.73, 1.8, 1.9, 2.0 })
            {
                var o = DocumentClusterOptions.Default with { Threshold = t, DayAgreement = agree, DayConflict = conflict };
                Print($"days +{agree:0.00}/-{conflict:0.00} thr {t:0.00} train", Runs.Mean(corpus, whole, _ => o));
                Print($"days +{agree:0.00}/-{conflict:0.00} thr {t:0.00} dev  ", Runs.Mean(corpus, dev, _ => o));
            }
        }

        return 0;
    }

    case "margin":
    {
        var folds = Enumerable.Range(0, 5).Select(f => train.Where((_, i) => i % 5 == f).ToHashSet()).ToArray();
        var subsets = folds.Select(f => corpus.Topics(f)).ToArray();
        foreach (var margin in new[] { 0.0, 0.1, 0.2, 0.35, 0.5, 0.75 })
        {
            foreach (var t in new[] { 1.4, 1.5, 1.6, 1.7, 1.8 })
            {
                Print($"margin {margin:0.00} threshold {t:0.00}", Runs.Mean(corpus, subsets, _ => DocumentClusterOptions.Default with { Threshold = t, Margin = margin }));
            }
        }

        return 0;
    }

    case "diag":
    {
        // Young-cluster decisions only: does a model with rare-key signals rank right above wrong joins better than the score?
        var folds = Enumerable.Range(0, 5).Select(f => train.Where((_, i) => i % 5 == f).ToHashSet()).ToArray();
        var maxSize = double.Parse(options.GetValueOrDefault("--max-size", "3"), CultureInfo.InvariantCulture);
        var minSize = double.Parse(options.GetValueOrDefault("--min-size", "1"), CultureInfo.InvariantCulture);
        var logs = folds.Select(f =>
        {
            var log = new List<(double[] X, bool Y)>();
            var subset = corpus.Topics(f);
            foreach (var threshold in new[] { 1.3, 1.5, 1.73 })
            {
                for (var seed = 1; seed <= 4; seed++)
                {
                    Runs.Run(corpus, subset, Runs.Shuffled(subset.Length, seed), DocumentClusterOptions.Default with { Threshold = threshold }, log, extra: true);
                }
            }

            return log.Where(e => 1 / e.X[9] <= maxSize + 1e-9 && 1 / e.X[9] >= minSize - 1e-9).ToList();
        }).ToArray();
        int[][] variants = [[0], [0, 20, 21], [0, 21], [.. Enumerable.Range(0, 15), 20, 21], [.. Enumerable.Range(0, 22)]];
        var all1 = logs.SelectMany(l => l).ToList();
        Console.WriteLine($"month-day: agree {all1.Count(e => e.X[20] > 0)} ({all1.Count(e => e.X[20] > 0 && !e.Y)} wrong), conflict {all1.Count(e => e.X[21] > 0)} ({all1.Count(e => e.X[21] > 0 && !e.Y)} wrong), all wrong {all1.Count(e => !e.Y)}");
        foreach (var variant in variants)
        {
            var held = new List<(double Value, bool Y)>();
            for (var f = 0; f < folds.Length; f++)
            {
                var fitOn = logs.Where((_, g) => g != f).SelectMany(l => l).ToList();
                var (bias, weights) = LogisticFit.Fit([.. fitOn.Select(e => variant.Select(j => e.X[j]).ToArray())], [.. fitOn.Select(e => e.Y)], lambda);
                held.AddRange(logs[f].Select(e => (bias + variant.Select((j, n) => weights[n] * e.X[j]).Sum(), e.Y)));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{string.Join(",", variant)}] held-out AUC {Fitting.Auc(held):0.000} ({held.Count} decisions, {held.Count(h => !h.Y)} wrong)"));
        }

        foreach (var (rounds1, rate) in new[] { (50, 0.1), (100, 0.05), (200, 0.05) })
        {
            foreach (var variant in new int[][] { [.. Enumerable.Range(0, 15)], [.. Enumerable.Range(0, 20)] })
            {
                var held = new List<(double Value, bool Y)>();
                for (var f = 0; f < folds.Length; f++)
                {
                    var fitOn = logs.Where((_, g) => g != f).SelectMany(l => l).ToList();
                    var trees = BoostedTrees.Fit([.. fitOn.Select(e => variant.Select(j => e.X[j]).ToArray())], [.. fitOn.Select(e => e.Y)], rounds1, rate);
                    held.AddRange(logs[f].Select(e => (trees.LogOdds([.. variant.Select(j => e.X[j])]), e.Y)));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trees {rounds1}x{rate} on {variant.Length} features: held-out AUC {Fitting.Auc(held):0.000}"));
            }
        }

        return 0;
    }

    case "show":
    {
        // The wrong first cross joins into young clusters on the training topics, with the cluster's first members.
        var subset = corpus.Topics(train.ToHashSet());
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(), DocumentClusterOptions.Default with { Threshold = 1.73 });
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var shown = 0;
        foreach (var k in Runs.Shuffled(subset.Length, 1))
        {
            var d = subset[k];
            var doc = corpus.Documents[d];
            gold[corpus.Features[d].Id] = doc.Gold;
            var cluster = clusterer.Add(corpus.Features[d]);
            var others = cluster.Members.Take(cluster.Members.Count - 1).ToList();
            if (others.Count is > 0 and <= 3 && others.All(m => gold[m] != doc.Gold) && shown++ < 25)
            {
                var best = clusterer.LastCandidates[DocumentClusterer.BestIndex(clusterer.LastCandidates)];
                Console.WriteLine($"=== {doc.Gold} score {best.Score:0.00} {best.Parts}");
                Console.WriteLine($"  DOC {doc.Title} | {Snip(doc.Text)}");
                foreach (var m in others)
                {
                    var md = corpus.Documents[int.Parse(m.AsSpan(4), CultureInfo.InvariantCulture)];
                    Console.WriteLine($"  MEM {md.Gold} {md.Title} | {Snip(md.Text)}");
                }
            }
        }

        return 0;
    }

    case "fit":
    {
        var model = Fitting.Fit(corpus, corpus.Topics(train.ToHashSet()), lambda, rounds);
        var output = options.GetValueOrDefault("--out", "join-model.tsv");
        File.WriteAllLines(output, Fitting.Notice.Concat(model.Lines()));
        Console.WriteLine(string.Join("\n", model.Lines()));
        int[][] whole = [corpus.Topics(train.ToHashSet())];
        int[][] dev = [corpus.Topics(corpus.Split.Dev)];
        foreach (var cut in cuts)
        {
            var options1 = DocumentClusterOptions.Default with { Model = model, JoinLogOdds = cut, ModelMinSize = Fitting.MinSize, Threshold = threshold };
            Print($"log-odds {cut:0.00} train", Runs.Mean(corpus, whole, _ => options1));
            Print($"log-odds {cut:0.00} dev", Runs.Mean(corpus, dev, _ => options1));
        }

        return 0;
    }

    default:
        Console.Error.WriteLine("usage: ClusterFit cv|fit --data DIR [--out FILE] [--lambda L] [--rounds N] [--cache FILE]");
        return 2;
}

static string Snip(string text) => text.Replace('\n', ' ')[..Math.Min(400, text.Length)];

static void Print(string what, PrecisionRecall score) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}\tF1 {score.F1:0.000}\tP {score.Precision:0.000}\tR {score.Recall:0.000}"));
