using System.Diagnostics;
using System.Globalization;
using Readout.Comparison;

namespace Readout.Evaluation.Paraphrase;

/// <summary>
/// Scores the comparison stage's pairwise similarity (<see cref="SimilarityScorer"/>) on MSRP (test split:
/// accuracy, F1 of the paraphrase class) and STS news headlines (Pearson r). Only the small combining model is
/// fitted, on the train side: MSRP train for MSRP, the earlier headline years (2013, 2014) for STS-2015.
/// </summary>
public sealed class ParaphraseEvaluator
{
    /// <summary>MSRP: folder holding msr_paraphrase_train*.txt and msr_paraphrase_test.txt.</summary>
    public EvaluationResult EvaluateMsrp(string folder)
    {
        var watch = Stopwatch.StartNew();
        var trainFile = Directory.EnumerateFiles(folder, "msr_paraphrase_train*.txt", SearchOption.AllDirectories).Order().First();
        var testFile = Directory.EnumerateFiles(folder, "msr_paraphrase_test.txt", SearchOption.AllDirectories).First();
        var train = ReadMsrp(trainFile);
        var test = ReadMsrp(testFile);
        var scorer = Scorer(train.Concat(test).SelectMany(p => new[] { p.A, p.B }));
        var trainX = train.Select(p => scorer.Features(ClaimTokens.Of(p.A), ClaimTokens.Of(p.B)).ToArray()).ToList();
        var labels = train.Select(p => p.Label).ToList();
        var (penalty, threshold, cvF1) = ModelSelection.Choose(trainX, labels);
        var model = LinearModels.FitLogistic(trainX, labels, penalty);

        int tp = 0, fp = 0, fn = 0, correct = 0;
        foreach (var pair in test)
        {
            var p = LinearModels.Sigmoid(LinearModels.Dot(model, scorer.Features(ClaimTokens.Of(pair.A), ClaimTokens.Of(pair.B)).ToArray()));
            var predicted = p >= threshold;
            var gold = pair.Label > 0.5;
            correct += predicted == gold ? 1 : 0;
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }

        Weights = model;
        Threshold = threshold;
        Penalty = penalty;
        var precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
        var recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        return new EvaluationResult("msrp", [
            new("accuracy", (double)correct / test.Count),
            new("F1", precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0),
            new("P", precision), new("R", recall), new("cv-F1(train)", cvF1)], test.Count, watch.Elapsed);
    }

    /// <summary>The logistic weights the last MSRP run fitted (intercept first), to refresh <see cref="SimilarityScorer.ShippedWeights"/>.</summary>
    public double[] Weights { get; private set; } = [];

    /// <summary>The decision threshold the last MSRP run chose (cross-validated on train).</summary>
    public double Threshold { get; private set; }

    /// <summary>The L2 penalty the last MSRP run chose (cross-validated on train).</summary>
    public double Penalty { get; private set; }

    /// <summary>STS headlines: folder holding semeval-sts/YEAR/headlines.test.tsv; scores 2015, fits on 2013 and 2014.</summary>
    public EvaluationResult EvaluateStsHeadlines(string folder)
    {
        var watch = Stopwatch.StartNew();
        string? Year(int year) => Directory.EnumerateFiles(folder, "headlines.test.tsv", SearchOption.AllDirectories)
            .FirstOrDefault(f => f.Replace('\\', '/').Contains($"/{year}/", StringComparison.Ordinal));
        var test = ReadSts(Year(2015) ?? throw new FileNotFoundException("2015/headlines.test.tsv not found under " + folder));
        var train = new[] { 2013, 2014 }.Select(Year).OfType<string>().SelectMany(ReadSts).ToList();
        var scorer = Scorer(train.Concat(test).SelectMany(p => new[] { p.A, p.B }));
        double[] Features(Pair p) => scorer.Features(ClaimTokens.Of(p.A), ClaimTokens.Of(p.B)).ToArray();
        var gold = test.Select(p => p.Label).ToList();
        var shipped = test.Select(p => LinearModels.Sigmoid(LinearModels.Dot(SimilarityScorer.ShippedWeights, Features(p)))).ToList();
        var metrics = new List<MetricValue> { new("r(shipped)", LinearModels.Pearson(shipped, gold)) };
        if (train.Count > 0)
        {
            var model = LinearModels.FitLinear(train.Select(Features).ToList(), train.Select(p => p.Label).ToList(), penalty: 1);
            metrics.Insert(0, new("r", LinearModels.Pearson(test.Select(p => LinearModels.Dot(model, Features(p))).ToList(), gold)));
        }

        return new EvaluationResult("sts-2015-headlines", metrics, test.Count, watch.Elapsed);
    }

    private sealed record Pair(string A, string B, double Label);

    private static SimilarityScorer Scorer(IEnumerable<string> sentences)
    {
        var weights = new TermWeights();
        foreach (var sentence in sentences)
        {
            weights.Add(ClaimTokens.Of(sentence));
        }

        return new SimilarityScorer(weights);
    }

    private static List<Pair> ReadMsrp(string path) =>
        File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5)
            .Select(f => new Pair(f[3], f[4], f[0].Trim('\uFEFF') == "1" ? 1 : 0)).ToList();

    private static List<Pair> ReadSts(string path) =>
        File.ReadLines(path).Select(l => l.Split('\t'))
            .Where(f => f.Length >= 3 && double.TryParse(f[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(f => new Pair(f[1], f[2], double.Parse(f[0], CultureInfo.InvariantCulture))).ToList();
}
