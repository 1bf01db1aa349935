// Experiment harness (s11-ecbterms, not shipped): annotates ECB+, NewsWCL50 and MEANTIME once, then per term variant
// ("stem=1|2|3", "bi=W", "bm25,k1=,b=,avg=", "mindf=N", "boost=N") rebuilds features, sweeps the threshold on the
// training topics (order 0, P >= 0.95) and prints train/dev 3-order means and the curves. Test only with --test.
using System.Diagnostics;
using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Evaluation.Clustering;
using Readout.Model;

var data = "/tmp/readout-data";
var docs = ClusteringCorpus.ReadEcbPlus(Path.Combine(data, "clustering/ecbplus"));
var split = EcbPlusSplit.Load(Path.Combine(data, "clustering/ecbplus"));
var wcl = ClusteringCorpus.ReadConll(Path.Combine(data, "clustering/newswcl50/data/NewsWCL50.conll"), '/');
var mt = ClusteringCorpus.ReadConll(Path.Combine(data, "clustering/meantime/data/en/meantime.conll"), '/');
var clock = Stopwatch.StartNew();
var ecbA = Annotate(docs); var wclA = Annotate(wcl); var mtA = Annotate(mt);
Console.Error.WriteLine($"annotated in {clock.Elapsed}");
int[] train = [.. Enumerable.Range(0, docs.Count).Where(i => split.Train.Contains(docs[i].Topic))];
int[] dev = [.. Enumerable.Range(0, docs.Count).Where(i => split.Dev.Contains(docs[i].Topic))];
int[] test = [.. Enumerable.Range(0, docs.Count).Where(i => split.Test.Contains(docs[i].Topic))];
var showTest = args.Contains("--test");

var variants = new List<(string Name, TermVariant V, float MinLogDf)>();
foreach (var a in args.Where(a => !a.StartsWith("--")))
{
    variants.Add(Parse(a));
}

foreach (var (name, v, minLogDf) in variants)
{
    TermCounter.Variant = v;
    InMemoryDocumentClusterIndex.IdfMinLogDf = minLogDf;
    var f = Build(docs, ecbA); var fw = Build(wcl, wclA); var fm = Build(mt, mtA);
    // sweep order 0 on train, 1.2..2.5
    var results = new List<(double T, PrecisionRecall S)>();
    for (var t = 1.20; t <= 2.501; t += 0.01) results.Add((Math.Round(t, 2), B3(docs, train, DocumentClusteringEvaluator.RunReadout(f, train, t))));
    var elig = results.Where(r => r.S.Precision >= 0.95).ToList();
    var pick = (elig.Count > 0 ? elig : results).OrderByDescending(r => r.S.F1).ThenBy(r => r.T).First().T;
    var tr = Mean(docs, f, train, pick); var dv = Mean(docs, f, dev, pick);
    // curve point at 3-order-mean train P >= 0.98, coarse
    string p98 = "none";
    for (var t = pick; t <= 2.80; t += 0.05) { var m = Mean(docs, f, train, t); if (m.Precision >= 0.98) { var d2 = Mean(docs, f, dev, t); p98 = $"t={t:F2} train {m.F1:F3} ({m.Precision:F3}/{m.Recall:F3}) dev {d2.F1:F3} ({d2.Precision:F3}/{d2.Recall:F3})"; break; } }
    var w1 = B3(wcl, All(wcl.Count), DocumentClusteringEvaluator.RunReadout(fw, All(wcl.Count), 1.82));
    var w2 = B3(wcl, All(wcl.Count), DocumentClusteringEvaluator.RunReadout(fw, All(wcl.Count), pick));
    var m1 = B3(mt, All(mt.Count), DocumentClusteringEvaluator.RunReadout(fm, All(mt.Count), pick));
    var sw = Stopwatch.StartNew(); for (var k = 0; k < 3; k++) DocumentClusteringEvaluator.RunReadout(f, All(docs.Count), pick); var speed = 3 * docs.Count / sw.Elapsed.TotalSeconds;
    var curve = new List<(double T, (double F1, double Precision, double Recall) M)>();
    for (var t = 1.30; t <= 2.601; t += 0.05) curve.Add((t, Mean(docs, f, train, t)));
    string Best(double minP) { var e = curve.Where(c => c.M.Precision >= minP).OrderByDescending(c => c.M.F1).FirstOrDefault(); return e.T == 0 ? "-" : $"{e.M.F1:F3}@{e.T:F2}"; }
    var bestAny = curve.OrderByDescending(c => c.M.F1).First();
    Console.WriteLine($"   curve(train mean3): max {bestAny.M.F1:F3}@{bestAny.T:F2} P{bestAny.M.Precision:F3}; P>=.93 {Best(0.93)}; P>=.95 {Best(0.95)}; P>=.97 {Best(0.97)}; P>=.98 {Best(0.98)}");
    var dcurve = new List<(double T, (double F1, double Precision, double Recall) M)>();
    for (var t = 1.30; t <= 2.601; t += 0.05) dcurve.Add((t, Mean(docs, f, dev, t)));
    string DBest(double minP) { var e = dcurve.Where(c => c.M.Precision >= minP).OrderByDescending(c => c.M.F1).FirstOrDefault(); return e.T == 0 ? "-" : $"{e.M.F1:F3}@{e.T:F2}"; }
    Console.WriteLine($"   curve(dev mean3): P>=.93 {DBest(0.93)}; P>=.95 {DBest(0.95)}; P>=.97 {DBest(0.97)}; P>=.98 {DBest(0.98)}");
    var terms = f.Average(x => x.Terms.Count);
    Console.WriteLine($"{name}: pick {pick:F2} train {tr.F1:F3} ({tr.Precision:F3}/{tr.Recall:F3}) dev {dv.F1:F3} ({dv.Precision:F3}/{dv.Recall:F3}) | wcl@1.82 {w1.F1:F3} P{w1.Precision:F3} wcl@pick {w2.F1:F3} P{w2.Precision:F3} mt {m1.F1:F3} | terms/doc {terms:F0} {speed:F0} docs/s | P98: {p98}");
    if (showTest) { var te = B3(docs, test, DocumentClusteringEvaluator.RunReadout(f, test, pick)); Console.WriteLine($"   test {te.F1:F3} ({te.Precision:F3}/{te.Recall:F3})"); }
}

static (string, TermVariant, float) Parse(string spec)
{
    var v = new TermVariant(); float minDf = 0;
    foreach (var kv in spec.Split(',', StringSplitOptions.RemoveEmptyEntries))
    {
        var parts = kv.Split('='); var k = parts[0]; var val = parts.Length > 1 ? parts[1] : "1";
        v = k switch
        {
            "stem" => v with { Stemmer = int.Parse(val) },
            "bi" => v with { Bigrams = true, BigramWeight = float.Parse(val) },
            "bm25" => v with { Bm25 = true },
            "k1" => v with { K1 = float.Parse(val) },
            "b" => v with { B = float.Parse(val) },
            "avg" => v with { AvgLength = float.Parse(val) },
            "nolbi" => v with { LeadBigrams = false },
            "nolstem" => v with { LeadStem = false },
            "nocomma" => v with { CommaBreaks = false },
            "nobstem" => v with { BodyStem = false },
            "boost" => v with { Boost = 2, BoostWords = int.Parse(val) },
            _ => v,
        };
        if (k == "mindf") minDf = MathF.Log(float.Parse(val) + 1f);
    }
    return (spec, v, minDf);
}

static int[] All(int n) => [.. Enumerable.Range(0, n)];
static PrecisionRecall B3(List<ClusteringDocument> d, int[] subset, int[] labels) => ClusterScores.BCubed(subset.Select(i => d[i].Gold).ToArray(), labels);
static (double F1, double Precision, double Recall) Mean(List<ClusteringDocument> d, DocumentFeatures[] f, int[] subset, double t)
{
    double p = 0, r = 0, f1 = 0;
    for (var o = 0; o < 3; o++) { var s = B3(d, subset, DocumentClusteringEvaluator.RunReadout(f, subset, t, o)); p += s.Precision; r += s.Recall; f1 += s.F1; }
    return (f1 / 3, p / 3, r / 3);
}
static List<(Article, Annotations, IReadOnlyList<EventMention>)> Annotate(List<ClusteringDocument> documents)
{
    var annotator = new Annotator(); var detector = new EventDetector(EventCoverage.AllCameoRoots);
    var list = new List<(Article, Annotations, IReadOnlyList<EventMention>)>();
    for (var i = 0; i < documents.Count; i++)
    {
        var article = new Article { Path = $"doc-{i}", Title = documents[i].Title.Length > 0 ? documents[i].Title : null, Body = documents[i].Text };
        var a = annotator.Annotate(article);
        list.Add((article, a, detector.Detect(article, a)));
    }
    return list;
}
static DocumentFeatures[] Build(List<ClusteringDocument> d, List<(Article, Annotations, IReadOnlyList<EventMention>)> a) =>
    [.. a.Select((x, i) => DocumentFeatureBuilder.Build($"doc-{i}", x.Item1, x.Item2, x.Item3))];
