namespace Readout.Clustering.Documents;

/// <summary>
/// How alike a document and a cluster are: TF-IDF cosine against the cluster centroid, plus entity-key
/// overlap, plus agreement or conflict of the years/dates mentioned and of the detected event kinds.
/// Words say which topic; names, places, dates and numbers say which occurrence — two earthquakes in
/// one topic share words but not towns or years.
/// </summary>
public sealed class DocumentSimilarity(IDocumentClusterIndex index, DocumentClusterOptions options)
{
    public double Score(DocumentVector document, DocumentCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cluster);
        var score = Cosine(document, cluster) + options.EntityWeight * Overlap(document.Entities, cluster.Entities, cluster.Members.Count);
        score += Agreement(document.Times, cluster.Times, options.TimeAgreement, options.TimeConflict);
        score += Agreement(document.Roots, cluster.Roots, options.KindAgreement, options.KindAgreement / 2);
        return score;
    }

    private double Cosine(DocumentVector document, DocumentCluster cluster)
    {
        if (cluster.Norm <= 0)
        {
            return 0;
        }

        double dot = 0, norm = 0;
        for (var i = 0; i < document.Terms.Length; i++)
        {
            var idf = index.Idf(document.Terms[i]);
            var w = document.Weights[i] * idf;
            norm += w * w;
            if (cluster.Terms.TryGetValue(document.Terms[i], out var c))
            {
                dot += w * c * idf;
            }
        }

        return norm > 0 ? dot / (Math.Sqrt(norm) * cluster.Norm) : 0;
    }

    // Cosine of the key sets, where a cluster key counts in proportion to the share of members that have it:
    // a name one member in ten mentions in passing should not glue a newcomer to the cluster.
    private static double Overlap(string[] keys, Dictionary<string, int> cluster, int members)
    {
        if (keys.Length == 0 || cluster.Count == 0)
        {
            return 0;
        }

        double shared = 0, clusterNorm = 0;
        foreach (var count in cluster.Values)
        {
            var share = (double)count / members;
            clusterNorm += share * share;
        }

        foreach (var key in keys)
        {
            if (cluster.TryGetValue(key, out var count))
            {
                shared += (double)count / members;
            }
        }

        return shared / (Math.Sqrt(keys.Length) * Math.Sqrt(clusterNorm));
    }

    private static double Agreement(string[] keys, Dictionary<string, int> cluster, double bonus, double penalty)
    {
        if (keys.Length == 0 || cluster.Count == 0)
        {
            return 0;
        }

        foreach (var key in keys)
        {
            if (cluster.ContainsKey(key))
            {
                return bonus;
            }
        }

        return -penalty;
    }
}
