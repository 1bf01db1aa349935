using Readout.Comparison;

namespace Readout.Tests.Comparison;

/// <summary>The pairwise similarity behind the aligner, on invented sentences.</summary>
public sealed class SimilarityScorerTests
{
    private static readonly SimilarityScorer Scorer = new(TermWeights.Uniform);

    private static double Score(string a, string b) => Scorer.Score(ClaimTokens.Of(a), ClaimTokens.Of(b));

    private static double Feature(string name, string a, string b) =>
        Scorer.Features(ClaimTokens.Of(a), ClaimTokens.Of(b)).Values[Array.IndexOf(SimilarityFeatures.Names, name)];

    [Fact]
    public void The_shipped_weights_cover_every_feature_and_the_intercept()
    {
        Assert.Equal(SimilarityFeatures.Names.Length + 1, SimilarityScorer.ShippedWeights.Length);
    }

    [Fact]
    public void A_rewording_scores_as_a_paraphrase_and_an_unrelated_sentence_does_not()
    {
        const string claim = "Foreign Minister Ivo Marek said Ostravia will reopen its consulate in Brenna in June.";
        Assert.True(Score(claim, "Ostravia will reopen the consulate in Brenna in June, Foreign Minister Ivo Marek said.") > 0.6);
        Assert.True(Score(claim, "The Velna Bay fisheries moratorium was extended until 2027 by the two ministries.") < 0.3);
    }

    [Fact]
    public void A_different_name_or_figure_lowers_the_score()
    {
        const string claim = "Ostravia and Belmaria will sign twelve agreements on energy and transport in Brenna.";
        var same = Score(claim, "Ostravia and Belmaria will sign twelve agreements on transport and energy in Brenna.");
        Assert.True(Score(claim, "Ostravia and Kessaria will sign twelve agreements on energy and transport in Brenna.") < same);
        Assert.True(Feature("unmatchedNames", claim, "Ostravia and Kessaria will sign twelve agreements on energy and transport in Brenna.") > 0);
        Assert.True(Feature("numberDiff", "The ministers signed 12 agreements.", "The ministers signed 15 agreements.") > 0);
    }

    [Fact]
    public void Features_do_not_depend_on_which_side_is_first()
    {
        const string a = "The ministers expressed willingness to conduct a constructive dialogue on trade issues.";
        const string b = "The ministers voiced readiness for a dialogue on a broad range of trade matters.";
        Assert.Equal(Scorer.Features(ClaimTokens.Of(a), ClaimTokens.Of(b)).Values, Scorer.Features(ClaimTokens.Of(b), ClaimTokens.Of(a)).Values);
    }

    [Fact]
    public void Word_order_shows_in_the_common_subsequence_and_a_negation_is_flagged()
    {
        const string claim = "the border crossing at Kostel will reopen for freight traffic";
        Assert.Equal(1, Feature("lcsMax", claim, claim));
        Assert.True(Feature("lcsMax", claim, "freight traffic for reopen will Kostel at crossing border the") < 0.5);
        Assert.Equal(1, Feature("negation", claim, "the border crossing at Kostel will not reopen for freight traffic"));
    }

    [Fact]
    public void Fingerprint_sets_are_sorted_distinct_and_merge_counted()
    {
        var a = Fingerprint.SortedSet([Fingerprint.Of("treaty"), Fingerprint.Of("border"), Fingerprint.Of("treaty")]);
        var b = Fingerprint.SortedSet([Fingerprint.Of("border"), Fingerprint.Of("visit")]);
        Assert.Equal(2, a.Length);
        Assert.True(a[0] < a[1]);
        Assert.Equal(1, Fingerprint.Shared(a, b));
        Assert.Equal(0.5, Fingerprint.Dice(a, b));
        Assert.NotEqual(Fingerprint.Combine(a[0], a[1]), Fingerprint.Combine(a[1], a[0]));
    }
}
