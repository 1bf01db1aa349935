using Readout.Clustering.Documents;

namespace Readout.Tests.Clustering;

/// <summary>
/// The compact structures behind the windowed cluster index: a cluster's centroid as sorted arrays and the
/// postings that hold a single cluster inline and drop evicted ones lazily.
/// </summary>
public sealed class ClusterIndexStructureTests
{
    [Fact]
    public void A_centroid_sums_the_weights_of_shared_terms_and_keeps_its_ids_sorted()
    {
        var centroid = new CentroidTerms();
        var added = new List<int>();

        centroid.Add([2, 7, 40], [0.5f, 0.25f, 0.125f], added);
        centroid.Add([1, 7, 9, 40], [1f, 0.5f, 0.75f, 0.125f], added);

        Assert.Equal([1, 2, 7, 9, 40], centroid.Ids.ToArray());
        Assert.Equal([1f, 0.5f, 0.75f, 0.75f, 0.25f], centroid.Weights.ToArray());
        Assert.Equal([2, 7, 40, 1, 9], added);
    }

    [Fact]
    public void A_member_with_no_new_term_adds_no_posting()
    {
        var centroid = new CentroidTerms();
        centroid.Add([3, 5], [0.5f, 0.5f], null);
        var added = new List<int>();

        centroid.Add([5], [0.25f], added);

        Assert.Empty(added);
        Assert.Equal([0.5f, 0.75f], centroid.Weights.ToArray());
    }

    [Fact]
    public void Postings_count_only_live_clusters_and_forget_a_key_once_all_its_clusters_left()
    {
        var postings = new ClusterPostings<string>(StringComparer.Ordinal);
        var clusters = Enumerable.Range(0, 30).Select(i => new WindowedCluster(new DocumentCluster(i))).ToList();
        foreach (var cluster in clusters)
        {
            postings.Add("n:orvald", cluster);
        }

        // Evicting most of them compacts the list on the way; the survivors must still be found.
        foreach (var cluster in clusters.Take(27))
        {
            cluster.Evicted = true;
            postings.Evicted("n:orvald");
        }

        var hits = new Dictionary<DocumentCluster, int>();
        postings.Tally("n:orvald", 400, hits);
        Assert.Equal([27, 28, 29], hits.Keys.Select(c => c.Id).Order());

        foreach (var cluster in clusters.Skip(27))
        {
            cluster.Evicted = true;
            postings.Evicted("n:orvald");
        }

        hits.Clear();
        postings.Add("n:orvald", new WindowedCluster(new DocumentCluster(99)));
        postings.Tally("n:orvald", 400, hits);
        Assert.Equal([99], hits.Keys.Select(c => c.Id));
    }

    [Fact]
    public void A_key_held_by_more_clusters_than_the_limit_is_skipped()
    {
        var postings = new TermPostings();
        postings.Add(4, new WindowedCluster(new DocumentCluster(1)));
        postings.Add(4, new WindowedCluster(new DocumentCluster(2)));
        var hits = new Dictionary<DocumentCluster, int>();

        postings.Tally(4, 1, hits);
        Assert.Empty(hits);

        postings.Tally(4, 2, hits);
        Assert.Equal(2, hits.Count);
    }
}
