using Readout.Model;

namespace Readout.Tests.Extraction;

public sealed class PageClockTests
{
    [Fact]
    public void Date_above_city_clocks_is_capture_not_publication()
    {
        var page = "14 March 2024\nOstrava: 15:22\nBelmar City: 13:22\n\nStatement on the Varn Strait ferry\n\n" + ExtractionFixture.ReadoutParagraphs;

        var article = ExtractionFixture.ExtractText(page);

        Assert.Null(article.Published);
        Assert.Equal(new DateOnly(2024, 3, 14), article.Captured?.Date);
        Assert.DoesNotContain("15:22", article.Body);
    }

    [Fact]
    public void Date_alone_at_the_end_of_the_page_is_capture()
    {
        var article = ExtractionFixture.ExtractText("Darro and Quist talk\n\n" + ExtractionFixture.ReadoutParagraphs + "\n\n27 Oct 2025\n\n");

        Assert.Null(article.Published);
        Assert.Equal(DateSource.PageClock, article.Captured?.Source);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
    }
}
