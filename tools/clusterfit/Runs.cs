using Readout.Clustering.Documents;
using Readout.Evaluation.Clustering;

namespace Readout.Tools.ClusterFit;

/// <summary>Incremental runs over a subset in a given arrival order, optionally logging every reranked candidate with its label.</summary>
internal static class Runs
{
    /// <summary>Arrival orders for logging decisions: seeded shuffles, unrelated to the evaluation's three.</summary>
    public static int[] Shuffled(int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }

    /// <summary>Cluster labels aligned with <paramref name="subset"/>.</summary>
    /// <param name="log">Receives (features, is the candidate the document's gold sub-topic majority) per reranked candidate.</param>
    public static int[] Run(Corpus corpus, int[] subset, int[] order, DocumentClusterOptions options, List<(double[] X, bool Y)>? log = null, bool extra = false)
    {
        var rare = new RareKeys();
        var clusterDays = new Dictionary<int, HashSet<string>>();
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(), options);
        var golds = new Dictionary<int, Dictionary<string, int>>();
        var labels = new int[subset.Length];
        foreach (var k in order)
        {
            var document = subset[k];
            var gold = corpus.Documents[document].Gold;
            var cluster = clusterer.Add(corpus.Features[document]);
            labels[k] = cluster.Id;
            if (log is not null)
            {
                var reranked = clusterer.LastCandidates;
                var c = DocumentClusterer.BestIndex(reranked);
                if (c >= 0 && reranked[c].Score >= options.ModelFloor)
                {
                    var majority = golds[reranked[c].Cluster.Id].MaxBy(p => p.Value).Key;
                    var x = clusterer.Features(reranked, c).ToArray();
                    if (extra)
                    {
                        var mine = MonthDays.Of(corpus.Documents[document]);
                        var theirs = clusterDays[reranked[c].Cluster.Id];
                        var agree = mine.Overlaps(theirs) ? 1 : 0;
                        var conflict = mine.Count > 0 && theirs.Count > 0 && agree == 0 ? 1 : 0;
                        x = [.. x, .. rare.Of(corpus.Features[document], reranked[c].Cluster, reranked[c].Parts.Numbers, clusterer.LastDocument!), agree, conflict];
                    }

                    log.Add((x, majority == gold));
                }
            }

            rare.Seen(corpus.Features[document]);
            if (extra)
            {
                if (!clusterDays.TryGetValue(cluster.Id, out var days))
                {
                    clusterDays[cluster.Id] = days = new HashSet<string>(StringComparer.Ordinal);
                }

                days.UnionWith(MonthDays.Of(corpus.Documents[document]));
            }

            if (!golds.TryGetValue(cluster.Id, out var tally))
            {
                golds[cluster.Id] = tally = [];
            }

            tally[gold] = tally.GetValueOrDefault(gold) + 1;
        }

        return labels;
    }

    /// <summary>BCubed over the evaluation's arrival orders (mean), each fold clustered on its own.</summary>
    public static PrecisionRecall Mean(Corpus corpus, IReadOnlyList<int[]> folds, Func<int, DocumentClusterOptions> options, int orders = ClusteringFeatures.ArrivalOrders)
    {
        double p = 0, r = 0;
        for (var o = 0; o < orders; o++)
        {
            var gold = new List<string>();
            var predicted = new List<int>();
            for (var f = 0; f < folds.Count; f++)
            {
                var labels = Run(corpus, folds[f], ClusteringFeatures.ArrivalOrder(folds[f].Length, o), options(f));
                gold.AddRange(folds[f].Select(i => corpus.Documents[i].Gold));
                predicted.AddRange(labels.Select(l => (f * 100_000) + l));
            }

            var score = ClusterScores.BCubed(gold, predicted);
            (p, r) = (p + score.Precision, r + score.Recall);
        }

        return new PrecisionRecall(p / orders, r / orders);
    }
}
