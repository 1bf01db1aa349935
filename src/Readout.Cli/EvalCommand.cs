using System.CommandLine;
using System.Globalization;
using Readout.Evaluation;
using Readout.Evaluation.Annotation;
using Readout.Evaluation.Clustering;
using Readout.Evaluation.Events;
using Readout.Evaluation.Extraction;
using Readout.Evaluation.Paraphrase;

namespace Readout.Cli;

/// <summary><c>readout eval extraction|time|ner --data DIR</c>: scores on the public sets, printed beside the published anchors.</summary>
internal static class EvalCommand
{
    /// <summary>One public set: where it unpacks under --data, how to score it, and what the best tools publish.</summary>
    private sealed record EvalSet(string Name, string Folder, Func<string, EvaluationResult> Evaluate, string Anchors, string Unit = "pages");

    private static readonly EvalSet[] Extraction =
    [
        new("scrapinghub", "extraction/scrapinghub", dir => new ScrapingHubEvaluator().Evaluate(dir),
            "F1: rs_trafilatura 0.970, trafilatura 2.0 0.958, Readability.js 0.947, goose3 0.896"),
        new("trafilatura", "extraction/trafilatura", dir => new TrafilaturaEvaluator().Evaluate(dir),
            "F1: trafilatura 2.2 0.924 (P 0.906 R 0.943), SmartReader 0.889, readability-lxml 0.826"),
        new("htmldate", "dates/htmldate", EvaluateDates,
            "accuracy: htmldate extensive 0.903, fast 0.861, newspaper4k 0.680"),
    ];

    private static readonly EvalSet[] Paraphrase =
    [
        new("msrp", "paraphrase/msrp", dir => PrintWeights(new ParaphraseEvaluator(), e => e.EvaluateMsrp(dir)),
            "MRPC F1: BERT-large 0.893; lexical-overlap baselines ~0.80"),
        new("sts-news", "paraphrase/sts-news", dir => new ParaphraseEvaluator().EvaluateStsHeadlines(dir),
            "STS-2015 headlines Pearson r: winner 0.825"),
    ];

    // The training split is scored too, marked as such: it is where errors are studied, so its figure is not a result.
    private static readonly EvalSet[] Time =
    [
        new("tempeval3", "time/tempeval3", dir => new TempEvalEvaluator().Evaluate(dir),
            "TE3 platinum: HeidelTime value F1 0.776, strict 0.813; SUTime value 0.674", "docs"),
        new("tbaq-train", "time/tempeval3", dir => new TempEvalEvaluator(TempEvalEvaluator.TrainingFolder).Evaluate(dir),
            "training split (TimeBank + AQUAINT), for error analysis only", "docs"),
    ];

    private static readonly EvalSet[] Ner =
    [
        new("conll2003", "ner/conll2003", dir => new ConllEvaluator().Evaluate(dir),
            "F1 (all four types): Flair 0.929, LSTM-CRF 0.906", "docs"),
        new("conllpp", "ner/conllpp", dir => new ConllEvaluator().Evaluate(dir),
            "F1 (all four types): Flair 0.939, LSTM-CRF 0.915", "docs"),
        new("conll-train", "ner/conll2003", dir => new ConllEvaluator("train").Evaluate(dir),
            "training split, for error analysis only", "docs"),
        new("conll-dev", "ner/conll2003", dir => new ConllEvaluator("dev").Evaluate(dir),
            "development split, a check on rules chosen from training errors", "docs"),
    ];

    private static readonly EvalSet[] Clusters =
    [
        new("ecbplus", "clustering/ecbplus", dir => new DocumentClusteringEvaluator().EvaluateEcbPlus(dir),
            "same-event clustering F1: Miranda et al. 2018 0.940 (P 0.981 R 0.903) on their own 8,726-document set; no published ECB+ document-level figure", "docs"),
        new("meantime", "clustering/meantime", dir => new DocumentClusteringEvaluator().EvaluateConll("meantime", Path.Combine(dir, "data", "en", "meantime.conll"), '/'),
            "none published; gold classes are 4 broad topics (corpus_airbus, _apple, _gm, _stock), not single events", "docs"),
        new("newswcl50", "clustering/newswcl50", dir => new DocumentClusteringEvaluator().EvaluateConll("newswcl50", Path.Combine(dir, "data", "NewsWCL50.conll"), '/'),
            "none published (10 events x 5 outlets)", "docs"),
        new("ecbplus-oracle", "clustering/ecbplus", SeminalSentenceOracle.Evaluate,
            "diagnostic, not a result: features from the annotators' (gold) seminal-event sentences, train/dev only; an upper bound", "docs"),
    ];

    private static readonly EvalSet[] Events =
    [
        new("upetrarch", "events/universalpetrarch-validation", dir => new CameoValidationEvaluator().Evaluate(dir),
            "no published accuracy; PETRARCH-2 / UniversalPetrarch output is the gold of most records", "sentences"),
        new("petr2-units", "events/petrarch2", dir => new CameoValidationEvaluator(CameoValidationEvaluator.UnitTestFileName, "events-petrarch2-unit-tests").Evaluate(dir),
            "development set: PETRARCH-2 unit-test sentences (fictional countries), gold from its test dictionary", "sentences"),
        new("plover", "events/plover", dir => new PloverGoldEvaluator().Evaluate(dir),
            "none published (PLOVER gold-standard records, CAMEO-manual examples)", "records"),
    ];

    /// <summary>Scores the htmldate set; READOUT_EVAL_MISSES=FILE lists the dev half's misses there for error study.</summary>
    private static EvaluationResult EvaluateDates(string dir)
    {
        using var misses = Environment.GetEnvironmentVariable("READOUT_EVAL_MISSES") is { Length: > 0 } file ? new StreamWriter(file) : null;
        return new HtmlDateEvaluator { Misses = misses }.Evaluate(dir);
    }

    public static Command Create()
    {
        var command = new Command("eval", "Score Readout on public benchmark sets (unpack them with ../shared/data/unpack DIR)");
        command.Subcommands.Add(Area("extraction", "Article body (ScrapingHub, trafilatura) and publication dates (htmldate)", Extraction));
        command.Subcommands.Add(Area("paraphrase", "Pairwise claim similarity of the comparison stage (MSRP, STS news headlines)", Paraphrase));
        command.Subcommands.Add(Area("time", "Time expressions: TIMEX3 spans and values (TempEval-3)", Time, ["tempeval3"]));
        command.Subcommands.Add(Area("ner", "Named entities: PER/LOC/ORG and MISC (CoNLL-2003, CoNLL++)", Ner, ["conll2003", "conllpp"]));
        command.Subcommands.Add(Area("clusters", "Same-event document clustering (ECB+, MEANTIME, NewsWCL50): Readout beside a TF-IDF baseline; --set ecbplus-oracle is an upper-bound diagnostic on gold-selected sentences (train/dev only, never a result)", Clusters, ["ecbplus", "meantime", "newswcl50"]));
        command.Subcommands.Add(Area("events", "CAMEO root accuracy (UniversalPetrarch validation) and PLOVER type accuracy", Events));
        return command;
    }

    /// <summary>Runs an MSRP evaluation and prints the weights it fitted, the source of the scorer's shipped weights.</summary>
    private static EvaluationResult PrintWeights(ParaphraseEvaluator evaluator, Func<ParaphraseEvaluator, EvaluationResult> run)
    {
        var result = run(evaluator);
        Console.WriteLine("fitted weights (intercept first): " + string.Join(", ", evaluator.Weights.Select(w => w.ToString("0.####", CultureInfo.InvariantCulture))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen on train by 10-fold cross-validation: L2 penalty {evaluator.Penalty}, threshold {evaluator.Threshold:0.00}"));
        return result;
    }

    /// <param name="defaults">Sets run when --set is not given (null: all of them).</param>
    private static Command Area(string name, string description, EvalSet[] sets, string[]? defaults = null)
    {
        var data = new Option<string>("--data") { Description = "Folder the public sets were unpacked into", DefaultValueFactory = _ => "/tmp/readout-data" };
        var only = new Option<string[]>("--set") { Description = $"Only these sets ({string.Join(", ", sets.Select(s => s.Name))})", AllowMultipleArgumentsPerToken = true };
        var command = new Command(name, description) { data, only };
        command.SetAction(result => Run(sets, result.GetValue(data)!, result.GetValue(only) is { Length: > 0 } chosen ? chosen : defaults ?? []));
        return command;
    }

    private static int Run(EvalSet[] sets, string data, string[] only)
    {
        var missing = 0;
        foreach (var set in sets.Where(s => only.Length == 0 || only.Contains(s.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var folder = Path.Combine(data, set.Folder);
            if (!Directory.Exists(folder))
            {
                Diagnostic.Error(folder, $"set '{set.Name}' not found (unpack it with ../shared/data/unpack {data})");
                missing++;
                continue;
            }

            var result = set.Evaluate(folder);
            var groups = result.Metrics.GroupBy(m => m.Name.Contains('|', StringComparison.Ordinal) ? m.Name[..m.Name.IndexOf('|', StringComparison.Ordinal)] : "").ToList();
            for (var g = 0; g < groups.Count; g++)
            {
                // Metrics named "group|name" print one group per line, so wide results (several systems, subsets) stay readable.
                var metrics = string.Join("  ", groups[g].Select(m => Format(m.Name[(m.Name.IndexOf('|', StringComparison.Ordinal) + 1)..], m.Value)));
                var label = groups[g].Key.Length > 0 ? groups[g].Key + ": " : "";
                var tail = g == 0 ? string.Create(CultureInfo.InvariantCulture, $"  ({result.Items} {set.Unit}, {result.ItemsPerSecond:0} {set.Unit}/s)") : "";
                Console.WriteLine($"{(g == 0 ? set.Name : ""),-12} {label}{metrics}{tail}");
            }

            Console.WriteLine($"{"",-12} published: {set.Anchors}");
            ExtractionCrashes.Report(Console.Out);
        }

        return missing > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }

    private static string Format(string name, double value) =>
        name + " " + value.ToString(value >= 10 ? "0" : "0.000", CultureInfo.InvariantCulture);
}
