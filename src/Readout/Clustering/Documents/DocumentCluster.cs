namespace Readout.Clustering.Documents;

/// <summary>
/// One same-event cluster of documents as the index keeps it: its members and summed features (term weights
/// before IDF, entity/time/root/number/lead counts), so a newcomer is compared with the cluster as a whole
/// (centroid) at a cost that does not grow with the number of members, plus its latest members' vectors for
/// a bounded member-level comparison.
/// </summary>
public sealed class DocumentCluster
{
    /// <summary>How many recent members keep their vectors: enough to see the cluster's spread, few enough to keep cost flat.</summary>
    internal const int RecentCapacity = 8;

    private readonly DocumentVector[] _recent = new DocumentVector[RecentCapacity];
    private int _added;

    internal DocumentCluster(int id) => Id = id;

    public int Id { get; }

    /// <summary>The ids of the documents in the cluster, in arrival order.</summary>
    public List<string> Members { get; } = [];

    internal CentroidTerms Terms { get; } = new();

    internal Dictionary<string, int> Entities { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> Times { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> Roots { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts of the numbers (tolls, magnitudes, ages, scores) members mention.</summary>
    internal Dictionary<int, int> Numbers { get; } = [];

    /// <summary>Counts of the members' headline terms.</summary>
    internal Dictionary<int, int> Lead { get; } = [];

    /// <summary>The TF-IDF norm of the term centroid, as of the last join (IDF drifts slowly; recomputing it on every query would cost a pass over the cluster's vocabulary).</summary>
    internal float Norm { get; set; }

    /// <summary>The vectors of the last <see cref="RecentCapacity"/> members (order does not matter).</summary>
    internal ReadOnlySpan<DocumentVector> Recent => _recent.AsSpan(0, Math.Min(_added, RecentCapacity));

    /// <param name="document">The new member.</param>
    /// <param name="addedTerms">Receives the member's terms the cluster did not have yet, when given.</param>
    internal void Add(DocumentVector document, List<int>? addedTerms = null)
    {
        Members.Add(document.Id);
        _recent[_added++ % RecentCapacity] = document;

        // Each member contributes its unit-length term profile, so a long article does not drown the short ones.
        Terms.Add(document.Terms, document.Weights, addedTerms);

        Count(Entities, document.Entities);
        Count(Times, document.Times);
        Count(Roots, document.Roots);
        Count(Numbers, document.Numbers);
        Count(Lead, document.Lead);
    }

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey[] keys)
        where TKey : notnull
    {
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}

/// <summary>
/// A document's features with terms interned to ids (sorted, so two vectors meet in one merge pass) and
/// unit-normalised term weights (the clusterer's working form). <paramref name="Numbers"/> and
/// <paramref name="Lead"/> are term ids too; <paramref name="Sketch"/> is the body's shingle signature, for near copies.
/// </summary>
public sealed record DocumentVector(string Id, int[] Terms, float[] Weights, string[] Entities, string[] Times, string[] Roots, int[] Numbers, int[] Lead, DateOnly? Published = null, MinHashSignature? Sketch = null);
