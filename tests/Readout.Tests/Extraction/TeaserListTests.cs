namespace Readout.Tests.Extraction;

public sealed class TeaserListTests
{
    [Fact]
    public void Alternating_headline_and_date_lines_after_the_article_are_not_body()
    {
        var page = "Ostravia and Belmaria agree on fishing talks\n\n" + ExtractionFixture.ReadoutParagraphs + "\n" +
            "Latest news\n" +
            "Belmarian harvest festival draws record crowds\n12.Mar.2024\n" +
            "Varn Strait ferry resumes service\n11.Mar.2024\n" +
            "Ostravian parliament opens spring session\n10.Mar.2024\n\n14 Mar 2024\n";

        var article = ExtractionFixture.ExtractText(page);

        Assert.EndsWith("regular working contacts at all levels.", article.Body);
        Assert.DoesNotContain("Latest news", article.Body);
        Assert.DoesNotContain("Mar.2024", article.Body);
        Assert.DoesNotContain("ferry", article.Body);
    }

    [Fact]
    public void Dated_headlines_with_teaser_paragraphs_are_cut_even_when_the_teasers_are_long()
    {
        var teaser = string.Join(' ', Enumerable.Repeat("The Belmarian delegation presented a long programme of cultural cooperation for the coming season.", 6));
        var page = "Statement on the Varn Strait\n\n" + ExtractionFixture.ReadoutParagraphs + "\n\n\n" +
            "16.02.2024 - Minister Quist's interview with the Belmaria Courier\n\n" + teaser + "\n\n" +
            "09.02.2024 - Comment on the Ostravian harvest\n\nThe harvest was good this year, officials said on Friday.\n\nall messages\n";

        var article = ExtractionFixture.ExtractText(page);

        Assert.StartsWith("On March 3, Ostravian Foreign Minister", article.Body);
        Assert.EndsWith("regular working contacts at all levels.", article.Body);
        Assert.DoesNotContain("16.02.2024", article.Body);
        Assert.DoesNotContain("cultural cooperation", article.Body);
        Assert.Null(article.Published);
    }
}
