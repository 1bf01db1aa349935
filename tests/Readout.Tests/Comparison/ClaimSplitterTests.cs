using Readout.Comparison;
using Readout.Model;

namespace Readout.Tests.Comparison;

/// <summary>Where a sentence splits into claims: a coordinated predicate after "and" opens a claim of its own.</summary>
public sealed class ClaimSplitterTests
{
    private static IReadOnlyList<string> Claims(string body) =>
        new ClaimSplitter().Split(1, body, Annotations.Empty, []).Select(c => c.Claim.Text).ToList();

    [Fact]
    public void And_before_a_predicate_verb_splits_the_sentence()
    {
        var claims = Claims("The minister welcomed the new trade agreement with Belmaria and urged both sides to ratify it quickly.");
        Assert.Equal(2, claims.Count);
        Assert.StartsWith("The minister welcomed", claims[0], StringComparison.Ordinal);
        Assert.StartsWith("urged both sides", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void And_inside_a_longer_word_or_before_a_noun_does_not_split()
    {
        Assert.Single(Claims("The minister welcomed the rock-and urged festival in the Ostravian capital on Friday."));
        Assert.Single(Claims("The minister welcomed the trade agreement with Belmaria and the fisheries accord on Friday."));
    }
}
