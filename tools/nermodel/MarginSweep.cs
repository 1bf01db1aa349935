using Readout.Annotation;
using Readout.Annotation.Entities.Model;
using Readout.Evaluation.Annotation;

namespace Readout.Tools.NerModel;

/// <summary>
/// Decides where the model may be trusted, on CoNLL-2003 *train* only (research-only data: it measures, it does
/// not train): for each margin the typer's added mentions are scored against gold and the PER/LOC/ORG micro
/// F1 of rules + typer is printed beside rules alone.
/// </summary>
internal static class MarginSweep
{
    private static readonly float[] Margins = [0, 0.5f, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32];

    public static void Run(string dataDir, SpanTypeModel model, string split)
    {
        var file = Directory.EnumerateFiles(Path.Combine(dataDir, "ner", "conll2003"), "*.txt", SearchOption.AllDirectories)
            .First(f => Path.GetFileName(f) == split + ".txt" || Path.GetFileName(f).EndsWith("_" + split + ".txt", StringComparison.Ordinal));
        var rules = new Annotator { SpanTyping = null };
        var evaluator = new ConllEvaluator(split, rules);
        var oracle = new Dictionary<string, int>(StringComparer.Ordinal); // leftover runs that are exactly a gold name, by type and slice
        int tp = 0, fp = 0, fn = 0;
        var added = new List<(float Margin, string Type, bool Correct, string Text, string Flags)>();
        var features = new List<ulong>(32);
        var rulesTime = new System.Diagnostics.Stopwatch();
        var typerTime = new System.Diagnostics.Stopwatch();
        foreach (var doc in ConllDocument.Read(File.ReadLines(file)))
        {
            var predicted = evaluator.Predict(doc, out string text, out int[] offsets).Where(IsMain).ToList();
            var gold = doc.Gold.Where(IsMain).ToHashSet();
            int hit = predicted.Count(gold.Contains);
            (tp, fp, fn) = (tp + hit, fp + predicted.Count - hit, fn + gold.Count - hit);
            rulesTime.Start();
            var ruled = rules.FindMentions(text);
            rulesTime.Stop();
            var timed = rules.FindMentions(text); // the hook's own cost, on a copy the sample below does not read
            typerTime.Start();
            for (int rep = 0; rep < 5; rep++)
            {
                SpanTyper.Recognize(timed, (model, float.PositiveInfinity)); // no margin is enough: the full cost, nothing added
            }

            typerTime.Stop();
            foreach (var (start, end) in SpanTyper.Candidates(ruled))
            {
                int gs = TokenAt(offsets, ruled.Tokens[start].Start), ge = TokenAt(offsets, ruled.Tokens[end - 1].End - 1) + 1;
                string exact = doc.Gold.FirstOrDefault(g => g.Start == gs && g.End == ge).Type ?? "none";
                string slice = $"{exact} {(end - start > 1 ? "multi" : "one")} {(ruled.Tokens[start].SentenceStart || ruled.BreakBefore(start) ? "open" : "mid")}";
                oracle[slice] = oracle.GetValueOrDefault(slice) + 1;
                SpanFeatures.Extract(ruled, start, end, features);
                var (cls, margin) = model.Classify(features);
                bool trusted = SpanTyper.IsTrusted(ruled, start, end, cls);
                if (cls == SpanClass.None || !trusted && Environment.GetEnvironmentVariable("NERMODEL_ALL") is not { Length: > 0 })
                {
                    continue;
                }

                int s = TokenAt(offsets, ruled.Tokens[start].Start), e = TokenAt(offsets, ruled.Tokens[end - 1].End - 1) + 1;
                string type = cls switch { SpanClass.Person => "PER", SpanClass.Place => "LOC", _ => "ORG" };
                bool opens = ruled.Tokens[start].SentenceStart || ruled.BreakBefore(start);
                added.Add((margin, type, gold.Contains(new EntityChunk(s, e, type)), ruled.SpanOf(start, end).Slice(text), $"{(opens ? "open" : "mid")}\t{end - start}\t{(LowerOnLine(ruled, start) ? "mixed" : "caps")}"));
            }
        }

        Console.WriteLine($"time: rules and coreference {rulesTime.Elapsed.TotalMilliseconds:0} ms, span typer hook {typerTime.Elapsed.TotalMilliseconds / 5:0} ms ({typerTime.Elapsed / rulesTime.Elapsed / 5:P1}, mean of 5 passes)");
        Console.WriteLine($"rules alone: TP {tp} FP {fp} FN {fn}  F1 {F1(tp, fp, fn):0.0000}  P {tp / (double)(tp + fp):0.0000}");
        Console.WriteLine("leftover runs by gold type, length, position: " + string.Join(", ", oracle.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine("margin\tadded\tcorrect\tprecision\tF1\tP\tPER/LOC/ORG correct of added");
        foreach (var m in Margins)
        {
            var kept = added.Where(a => a.Margin >= m).ToList();
            int ok = kept.Count(a => a.Correct);
            string byType = string.Join(" ", new[] { "PER", "LOC", "ORG" }.Select(t => $"{t} {kept.Count(a => a.Type == t && a.Correct)}/{kept.Count(a => a.Type == t)}"));
            Console.WriteLine($"{m}\t{kept.Count}\t{ok}\t{(kept.Count == 0 ? 0 : ok / (double)kept.Count):0.000}\t{F1(tp + ok, fp + kept.Count - ok, fn - ok):0.0000}\t{(tp + ok) / (double)(tp + fp + kept.Count):0.0000}\t{byType}");
        }

        if (Environment.GetEnvironmentVariable("NERMODEL_SAMPLE") is { Length: > 0 } path)
        {
            File.WriteAllLines(path, added.OrderByDescending(a => a.Margin).Select(a => $"{a.Margin:0.00}\t{a.Type}\t{(a.Correct ? "ok" : "WRONG")}\t{a.Text}\t{a.Flags}"));
        }
    }

    private static bool LowerOnLine(Readout.Annotation.DocumentContext doc, int index)
    {
        int a = index, b = index;
        while (a > 0 && !doc.BreakBefore(a))
        {
            a--;
        }

        while (b + 1 < doc.Tokens.Length && !doc.BreakBefore(b + 1))
        {
            b++;
        }

        for (int k = a; k <= b; k++)
        {
            if (doc.Tokens[k].Shape == Readout.Annotation.Text.TokenShape.Lower)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMain(EntityChunk c) => c.Type is "PER" or "LOC" or "ORG";

    private static double F1(int tp, int fp, int fn) => 2.0 * tp / (2.0 * tp + fp + fn);

    private static int TokenAt(int[] offsets, int position)
    {
        int i = Array.BinarySearch(offsets, position);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}
