using Readout.Model;

namespace Readout.Tests.Comparison;

/// <summary>Each verdict kind on invented pages: a ministry readout of an Ostravia–Belmaria call and a wire report of it.</summary>
public sealed class FictionalVerdictTests
{
    private const string Readout = """
        Press release on Foreign Minister Ivo Marek's telephone conversation with Belmarian Foreign Minister Lena Dorsa

        On March 3, Foreign Minister Ivo Marek spoke by telephone with Belmarian Foreign Minister Lena Dorsa.

        The ministers expressed willingness to conduct a constructive dialogue on a wide range of trade issues.

        The ministers agreed to extend the fisheries moratorium in the Velna Bay until 2027.

        Mr Marek stressed the need to reopen the border crossing at Kostel for freight traffic.

        The sides will sign twelve agreements on energy and transport during the spring visit.

        Ostravia will reopen its consulate in the city of Brenna in June.

        Mr Marek confirmed the readiness to develop relations on the basis of mutual respect and equal partnership.

        They agreed to maintain continuous working contacts.
        """;

    private const string Report = """
        Ostravia, Belmaria discuss trade and fisheries in phone call

        Ostravian Foreign Minister Ivo Marek and his Belmarian counterpart Lena Dorsa held a telephone conversation on Tuesday, the Ostravian Foreign Ministry said.

        The ministers expressed readiness for constructive dialogue on a broad range of trade matters, the ministry said.

        The ministers did not agree to extend the fisheries moratorium in the Velna Bay until 2027.

        Ms Dorsa stressed the need to reopen the border crossing at Kostel for freight traffic.

        The sides will sign fifteen agreements on energy and transport during the spring visit.

        Ostravia may reopen its consulate in the city of Brenna in June.

        Mr Marek confirmed the readiness to develop relations on the basis of mutual suspicion and equal partnership.

        Belmaria also plans to open a cultural centre in the Ostravian capital next year, the report added.
        """;

    private static readonly Lazy<EventComparison> Comparison = new(() => ComparisonFixture.Compare(Readout, Report));

    [Fact]
    public void Rewording_with_synonyms_is_same()
    {
        var cell = Comparison.Value.Cell("willingness to conduct");
        Assert.True(cell.WhatChanged is null, cell.WhatChanged);
        Assert.Equal(ClaimVerdict.Same, cell.Verdict);
        Assert.Contains("readiness for constructive dialogue", cell.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negated_claim_is_a_polarity_change()
    {
        var cell = Comparison.Value.Cell("agreed to extend the fisheries");
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.StartsWith("polarity", cell.WhatChanged, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_minister_saying_it_is_a_speaker_change()
    {
        var cell = Comparison.Value.Cell("stressed the need to reopen");
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.Contains("speaker", cell.WhatChanged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_figure_is_a_number_change()
    {
        var cell = Comparison.Value.Cell("sign twelve agreements");
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.Contains("number: 12 → 15", cell.WhatChanged, StringComparison.Ordinal);
    }

    [Fact]
    public void Will_becoming_may_is_a_modality_change()
    {
        var cell = Comparison.Value.Cell("will reopen its consulate");
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.Contains("modality", cell.WhatChanged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_swapped_key_noun_is_a_wording_change()
    {
        var cell = Comparison.Value.Cell("mutual respect");
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.Equal("wording: respect → suspicion", cell.WhatChanged);
        Assert.NotNull(cell.Span);
    }

    [Fact]
    public void A_claim_the_report_omits_is_dropped_and_one_only_it_carries_is_added()
    {
        var dropped = Comparison.Value.Cell("maintain continuous working contacts");
        Assert.Equal(ClaimVerdict.Dropped, dropped.Verdict);
        Assert.Null(dropped.Span);
        var added = Comparison.Value.Row("cultural centre");
        Assert.Equal(ClaimVerdict.Added, Assert.Single(added.Cells).Verdict);
    }

    [Fact]
    public void Provenance_counts_carried_claims_and_sees_an_independent_report()
    {
        var source = Assert.Single(Comparison.Value.Sources);
        Assert.Equal(2, source.Document);
        Assert.InRange(source.ClaimsCarried, 0.7, 0.95);
        Assert.False(source.Syndicated);
    }

    [Fact]
    public void A_verbatim_copy_is_syndicated_and_all_same()
    {
        var copy = ComparisonFixture.Compare(Readout, Readout.Replace("Press release on", "Wire copy:", StringComparison.Ordinal));
        var source = Assert.Single(copy.Sources);
        Assert.True(source.Syndicated);
        Assert.True(source.VerbatimShare > 0.9);
        Assert.All(copy.Claims.SelectMany(c => c.Cells), c => Assert.Equal(ClaimVerdict.Same, c.Verdict));
    }
}
