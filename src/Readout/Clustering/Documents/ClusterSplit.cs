namespace Readout.Clustering.Documents;

/// <summary>
/// A repair: <paramref name="Original"/> was found to hold two events and is replaced by <paramref name="Parts"/>
/// (new ids; every member of the original is in exactly one part). Whoever keeps cluster ids (a store, the
/// events built on a cluster) re-files the original's members under the parts.
/// </summary>
public sealed record ClusterSplit(int Original, IReadOnlyList<DocumentCluster> Parts);
