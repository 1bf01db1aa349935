using Readout.Clustering.Documents;

namespace Readout.Tools.ClusterFit;

/// <summary>Experimental signals on rare entity keys (document frequency over the documents seen so far in the run).</summary>
internal sealed class RareKeys
{
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private int _seen;

    public const int Count = 5;

    public void Seen(DocumentFeatures features)
    {
        _seen++;
        foreach (var key in features.Entities.Distinct())
        {
            _df[key] = _df.GetValueOrDefault(key) + 1;
        }
    }

    private bool Rare(string key) => _df.GetValueOrDefault(key) <= Math.Max(2, 0.02 * _seen);

    private double Idf(string key) => Math.Log((_seen + 1.0) / (_df.GetValueOrDefault(key) + 1.0)) + 1;

    public double[] Of(DocumentFeatures features, DocumentCluster cluster, double numbers, DocumentVector document)
    {
        var extra = new double[Count];
        double total = 0, shared = 0;
        foreach (var key in features.Entities.Distinct())
        {
            if (Rare(key))
            {
                var w = Idf(key);
                total += w;
                if (cluster.Entities.ContainsKey(key))
                {
                    shared += w;
                }
            }
        }

        extra[0] = total > 0 ? shared / total : 0.5;
        extra[1] = total > 0 ? 1 : 0;
        var keys = features.Entities.ToHashSet(StringComparer.Ordinal);
        double clusterTotal = 0, missing = 0;
        foreach (var (key, count) in cluster.Entities)
        {
            if (2 * count >= cluster.Members.Count && Rare(key))
            {
                var w = Idf(key);
                clusterTotal += w;
                if (!keys.Contains(key))
                {
                    missing += w;
                }
            }
        }

        extra[2] = clusterTotal > 0 ? missing / clusterTotal : 0.5;
        double best = 0;
        foreach (var member in cluster.Recent)
        {
            var rare = member.Entities.Where(Rare).ToHashSet(StringComparer.Ordinal);
            var mine = keys.Where(Rare).ToList();
            var union = rare.Count + mine.Count(k => !rare.Contains(k));
            best = Math.Max(best, union > 0 ? mine.Count(rare.Contains) / (double)union : 0);
        }

        extra[3] = best;
        extra[4] = document.Numbers.Length > 0 && cluster.Numbers.Count > 0 && numbers == 0 ? 1 : 0;
        return extra;
    }
}
