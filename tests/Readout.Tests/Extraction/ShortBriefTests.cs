namespace Readout.Tests.Extraction;

public sealed class ShortBriefTests
{
    [Fact]
    public void A_one_paragraph_brief_without_final_punctuation_is_still_the_article()
    {
        var article = ExtractionFixture.ExtractText(
            "Ostravian Foreign Ministry spokesman Ilya Dorn told reporters : ``the talks with Belmaria will go on as planned next week '' \n\n(Ref. 12)");

        Assert.StartsWith("Ostravian Foreign Ministry spokesman Ilya Dorn", article.Body);
    }

    [Fact]
    public void With_a_title_given_by_the_input_an_unpunctuated_first_line_stays_in_the_body()
    {
        var article = ExtractionFixture.ExtractText(
            "Valkov and Larcombe agreed to meet again in May\n\nThe two ministers spoke for an hour about fisheries and the coastal treaty, the ministry said.",
            new Readout.Model.DocumentHints(Title: "Ministers talk fisheries"));

        Assert.Equal("Ministers talk fisheries", article.Title);
        Assert.StartsWith("Valkov and Larcombe agreed to meet again in May", article.Body);
    }

    [Fact]
    public void Without_a_title_hint_the_heading_line_is_the_title()
    {
        var article = ExtractionFixture.ExtractText(
            "Valkov and Larcombe agree to meet again in May\n\nThe two ministers spoke for an hour about fisheries and the coastal treaty, the ministry said.");

        Assert.Equal("Valkov and Larcombe agree to meet again in May", article.Title);
        Assert.StartsWith("The two ministers", article.Body);
    }
}
