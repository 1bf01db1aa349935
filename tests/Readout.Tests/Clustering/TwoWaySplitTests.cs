using Readout.Clustering.Documents;

namespace Readout.Tests.Clustering;

/// <summary>
/// The split check on hand-made member similarities: two tight groups that hold apart are cut, one cohesive
/// group, a stray outlier or a group smaller than the minimum part are not.
/// </summary>
public sealed class TwoWaySplitTests
{
    private readonly TwoWaySplit _split = new(minPart: 3, ratio: 0.6);

    [Fact]
    public void Two_groups_that_hold_apart_are_cut_and_the_newest_members_group_is_returned()
    {
        // Members alternate between the groups, as two events' reports arrive interleaved.
        var affinities = Affinities(8, (i, j) => i % 2 == j % 2 ? 0.9f : 0.3f);

        var part = _split.Find(affinities);

        Assert.Equal([1, 3, 5, 7], part);
    }

    [Fact]
    public void A_cohesive_cluster_is_not_cut()
    {
        var affinities = Affinities(8, (i, j) => 0.7f + (0.02f * ((i + j) % 3)));

        Assert.Null(_split.Find(affinities));
    }

    [Fact]
    public void A_stray_member_does_not_make_a_second_part()
    {
        var affinities = Affinities(7, (i, j) => i == 6 || j == 6 ? 0.1f : 0.8f);

        Assert.Null(_split.Find(affinities));
    }

    [Fact]
    public void Groups_below_the_minimum_part_are_not_cut()
    {
        var affinities = Affinities(5, (i, j) => (i < 2) == (j < 2) ? 0.9f : 0.2f);

        Assert.Null(_split.Find(affinities));
    }

    [Fact]
    public void Groups_that_link_almost_as_much_between_as_within_are_not_cut()
    {
        var affinities = Affinities(8, (i, j) => i % 2 == j % 2 ? 0.8f : 0.6f);

        Assert.Null(_split.Find(affinities));
    }

    private static MemberAffinities Affinities(int count, Func<int, int, float> similarity)
    {
        var affinities = new MemberAffinities();
        for (var i = 0; i < count; i++)
        {
            var row = new float[i];
            for (var j = 0; j < i; j++)
            {
                row[j] = similarity(i, j);
            }

            affinities.Add(new DocumentVector($"d{i}", [], [], [], [], [], [], []), row);
        }

        return affinities;
    }
}
