namespace Readout.Clustering.Documents;

/// <summary>
/// How alike a document and a cluster are. <see cref="Centroid"/>: TF-IDF cosine against the cluster centroid,
/// plus entity-key overlap, shared numbers and headline terms, and agreement or conflict of the years/dates
/// mentioned and of the detected event kinds. <see cref="Members"/>: cosine with the cluster's recent members,
/// nearest and mean, which keeps a cluster that drifted between two look-alike events from pulling in both.
/// Words say which topic; names, places, numbers and dates say which occurrence — two earthquakes in one
/// topic share words but not towns, magnitudes or tolls.
/// </summary>
public sealed class DocumentSimilarity(IDocumentClusterIndex index, DocumentClusterOptions options)
{
    /// <summary>The full score: <see cref="Centroid"/> + <see cref="Members"/>.</summary>
    public double Score(DocumentVector document, DocumentCluster cluster)
    {
        var weighted = new WeightedDocument(document, index);
        return Centroid(weighted, cluster) + Members(weighted, cluster);
    }

    /// <summary>The part scored against the cluster's summed features, at a cost independent of its size.</summary>
    public double Centroid(WeightedDocument weighted, DocumentCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(weighted);
        ArgumentNullException.ThrowIfNull(cluster);
        var document = weighted.Vector;
        var members = cluster.Members.Count;
        var score = Cosine(weighted, cluster) + options.EntityWeight * Overlap(document.Entities, cluster.Entities, members);
        score += options.NumberWeight * NumberCosine(document.Numbers, cluster.Numbers, members);
        score += options.LeadWeight * LeadShare(document.Lead, cluster.Lead);
        score += Agreement(document.Times, cluster.Times, options.TimeAgreement, options.TimeConflict);
        score += Agreement(document.Roots, cluster.Roots, options.KindAgreement, options.KindAgreement);
        return score;
    }

    /// <summary>The member-level part: weighted nearest and mean cosine with the cluster's recent members.</summary>
    public double Members(WeightedDocument document, DocumentCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cluster);
        var recent = cluster.Recent;
        if (recent.Length == 0)
        {
            return 0;
        }

        double nearest = 0, sum = 0;
        foreach (var member in recent)
        {
            var cosine = Cosine(document, member);
            nearest = Math.Max(nearest, cosine);
            sum += cosine;
        }

        return options.NearestMemberWeight * nearest + options.MeanMemberWeight * sum / recent.Length;
    }

    private static double Cosine(WeightedDocument document, DocumentCluster cluster)
    {
        if (cluster.Norm <= 0 || document.Norm <= 0)
        {
            return 0;
        }

        // One merge pass over the sorted term ids; the shared terms are summed in the same (ascending) order
        // as a lookup per document term would.
        double dot = 0;
        var terms = document.Vector.Terms;
        var ids = cluster.Terms.Ids;
        var sums = cluster.Terms.Weights;
        for (int i = 0, j = 0; i < terms.Length && j < ids.Length;)
        {
            if (terms[i] < ids[j])
            {
                i++;
            }
            else if (terms[i] > ids[j])
            {
                j++;
            }
            else
            {
                dot += document.Weights[i] * sums[j] * document.Idf[i];
                i++;
                j++;
            }
        }

        return dot / (document.Norm * cluster.Norm);
    }

    // TF-IDF cosine with a member at today's IDF, one merge pass over the sorted term ids (IDF is a lookup).
    private double Cosine(WeightedDocument document, DocumentVector member)
    {
        if (document.Norm <= 0)
        {
            return 0;
        }

        var a = document.Vector.Terms;
        var b = member.Terms;
        double dot = 0, norm = 0;
        var i = 0;
        for (var j = 0; j < b.Length; j++)
        {
            var w = member.Weights[j] * index.Idf(b[j]);
            norm += w * w;
            while (i < a.Length && a[i] < b[j])
            {
                i++;
            }

            if (i < a.Length && a[i] == b[j])
            {
                dot += document.Weights[i] * w;
            }
        }

        return norm > 0 ? dot / (document.Norm * Math.Sqrt(norm)) : 0;
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

    // IDF-weighted cosine of the numbers, cluster side by share of members: one common number ("10") shared
    // with a cluster full of other numbers counts little; a rare toll or magnitude both repeat counts much.
    private double NumberCosine(int[] numbers, Dictionary<int, int> cluster, int members)
    {
        if (numbers.Length == 0 || cluster.Count == 0)
        {
            return 0;
        }

        double shared = 0, documentNorm = 0, clusterNorm = 0;
        foreach (var (number, count) in cluster)
        {
            var w = index.Idf(number) * count / members;
            clusterNorm += w * w;
        }

        foreach (var number in numbers)
        {
            var idf = index.Idf(number);
            documentNorm += idf * idf;
            if (cluster.TryGetValue(number, out var count))
            {
                shared += idf * idf * count / members;
            }
        }

        return shared / Math.Sqrt(documentNorm * clusterNorm);
    }

    // The IDF-weighted share of the document's headline terms found in any member's headline.
    private double LeadShare(int[] lead, Dictionary<int, int> cluster)
    {
        double shared = 0, total = 0;
        foreach (var term in lead)
        {
            var idf = index.Idf(term);
            total += idf;
            if (cluster.ContainsKey(term))
            {
                shared += idf;
            }
        }

        return total > 0 ? shared / total : 0;
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
