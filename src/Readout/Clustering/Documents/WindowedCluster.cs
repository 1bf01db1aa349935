namespace Readout.Clustering.Documents;

/// <summary>
/// What the in-memory index keeps beside a cluster to let it go: its latest document day, which decides
/// when it leaves the window, and its members' term ids, which are uncounted from the document
/// frequencies when it does (and their signatures from the near-copy index).
/// </summary>
internal sealed class WindowedCluster(DocumentCluster cluster)
{
    /// <summary>Day number of a cluster that no dated document has anchored yet.</summary>
    public const int Unanchored = -1;

    public DocumentCluster Cluster { get; } = cluster;

    /// <summary>The term ids of each member (the arrays the members' vectors already hold).</summary>
    public List<int[]> MemberTerms { get; } = [];

    /// <summary>The members' handles in the near-copy index (members without a signature have none).</summary>
    public List<int> MemberSketches { get; } = [];

    /// <summary>Day number of the latest member (its publication date, or the newest date seen when it had none).</summary>
    public int LatestDay { get; set; } = Unanchored;

    public bool Evicted { get; set; }
}
