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
}
