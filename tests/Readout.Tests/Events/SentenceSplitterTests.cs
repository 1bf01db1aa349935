using Readout.Events;

namespace Readout.Tests.Events;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToList();

    [Fact]
    public void Titles_and_months_do_not_end_a_sentence() =>
        Assert.Single(Split("Mr. Valkov called Ms. Korsgaard on Feb. 4 about the accord."));

    [Fact]
    public void A_dotted_abbreviation_mid_sentence_does_not_end_it() =>
        Assert.Single(Split("The U.S. envoy and the U.N. team met in Kessel."));

    [Fact]
    public void A_dotted_abbreviation_before_a_new_sentence_ends_it() =>
        Assert.Equal(2, Split("He flew to the U.S. The talks start today.").Count);

    [Fact]
    public void Initials_do_not_end_a_sentence() =>
        Assert.Single(Split("Envoy John F. Meyer arrived."));

    [Fact]
    public void Line_breaks_end_headlines() =>
        Assert.Equal(["Valkov and Korsgaard talk by phone", "The ministers spoke on Sunday."], Split("Valkov and Korsgaard talk by phone\n\nThe ministers spoke on Sunday."));

    [Fact]
    public void Numbers_with_decimal_points_stay_whole() =>
        Assert.Single(Split("Trade grew 3.5 percent last year."));
}
