namespace Readout.Clustering.Documents;

/// <summary>
/// One same-event cluster of documents as the index keeps it: its members and summed features (term weights
/// before IDF, entity/time/root counts), so a newcomer is compared with the cluster as a whole (centroid) at a
/// cost that does not grow with the number of members.
/// </summary>
public sealed class DocumentCluster
{
    internal DocumentCluster(int id) => Id = id;

    public int Id { get; }

    /// <summary>The ids of the documents in the cluster, in arrival order.</summary>
    public List<string> Members { get; } = [];

    internal Dictionary<int, float> Terms { get; } = [];

    internal Dictionary<string, int> Entities { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> Times { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> Roots { get; } = new(StringComparer.Ordinal);

    /// <summary>The TF-IDF norm of the term centroid, as of the last join (IDF drifts slowly; recomputing it on every query would cost a pass over the cluster's vocabulary).</summary>
    internal float Norm { get; set; }

    internal void Add(DocumentVector document)
    {
        Members.Add(document.Id);
        for (var i = 0; i < document.Terms.Length; i++)
        {
            // Each member contributes its unit-length term profile, so a long article does not drown the short ones.
            Terms[document.Terms[i]] = Terms.GetValueOrDefault(document.Terms[i]) + document.Weights[i];
        }

        Count(Entities, document.Entities);
        Count(Times, document.Times);
        Count(Roots, document.Roots);
    }

    private static void Count(Dictionary<string, int> counts, string[] keys)
    {
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}

/// <summary>A document's features with terms interned to ids and unit-normalised term weights (the clusterer's working form).</summary>
public sealed record DocumentVector(string Id, int[] Terms, float[] Weights, string[] Entities, string[] Times, string[] Roots);
