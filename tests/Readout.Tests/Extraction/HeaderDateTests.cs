using Readout.Extraction;
using Readout.Model;

namespace Readout.Tests.Extraction;

public sealed class HeaderDateTests
{
    [Fact]
    public void Date_and_time_glued_by_flattening_is_the_publication_header()
    {
        var page = "3 March 202418:45\n\nPress release on the Varn Strait\n\n" + ExtractionFixture.ReadoutParagraphs;

        var article = ExtractionFixture.ExtractText(page);

        Assert.Equal(new DateOnly(2024, 3, 3), article.Published?.Date);
        Assert.Equal(DateSource.Header, article.Published?.Source);
        Assert.Equal("3 March 202418:45", article.Published!.Span!.Value.Slice(page));
    }

    [Fact]
    public void Metadata_prefix_gives_the_date_and_leaves_the_body()
    {
        var page = " date 2024-03-04 Ostrava, Mar 4 : " + ExtractionFixture.ReadoutParagraphs;

        var article = ExtractionFixture.ExtractText(page);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
        Assert.StartsWith("On March 3, Ostravian", article.Body);
    }

    [Fact]
    public void Hints_win_over_what_the_page_shows()
    {
        var page = "3 March 202418:45\n\nPress release on the Varn Strait\n\n" + ExtractionFixture.ReadoutParagraphs;
        var hints = new DocumentHints("Hinted title", new DateOnly(2024, 3, 5), "Ostravian Foreign Ministry");

        var article = ExtractionFixture.ExtractText(page, hints);

        Assert.Equal(new DateOnly(2024, 3, 5), article.Published?.Date);
        Assert.Equal(DateSource.Hint, article.Published?.Source);
        Assert.Equal("Hinted title", article.Title);
        Assert.Equal("Ostravian Foreign Ministry", article.Outlet);
    }

    [Theory]
    [InlineData("4 February 2021", 2021, 2, 4)]
    [InlineData("February 4, 2021", 2021, 2, 4)]
    [InlineData("2021-02-05", 2021, 2, 5)]
    [InlineData("05.02.2021", 2021, 2, 5)]
    [InlineData("21.Oct.2025", 2025, 10, 21)]
    [InlineData("Sept. 9, 2024", 2024, 9, 9)]
    [InlineData("5. Februar 2021", 2021, 2, 5)]
    public void Date_spellings_parse(string text, int y, int m, int d)
    {
        Assert.True(DateParsing.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Fact]
    public void Year_less_dates_need_a_reference_year()
    {
        Assert.False(DateParsing.TryParse("Feb 5", out _));
        Assert.True(DateParsing.TryParse("Feb 5", out var date, 2021));
        Assert.Equal(new DateOnly(2021, 2, 5), date);
    }
}
