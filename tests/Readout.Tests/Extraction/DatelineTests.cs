using Readout.Extraction;

namespace Readout.Tests.Extraction;

public sealed class DatelineTests
{
    [Fact]
    public void City_and_short_date_with_colon()
    {
        var d = DatelineParser.Parse("Ostrava, Mar 4 : Ostravian Foreign Minister Pell Darro said ...", 2024);

        Assert.NotNull(d);
        Assert.Equal("Ostrava", d.Place);
        Assert.Equal(new DateOnly(2024, 3, 4), d.Date);
        Assert.Equal("Ostrava, Mar 4", d.Text);
    }

    [Fact]
    public void Capitalised_city_with_wire_credit()
    {
        var d = DatelineParser.Parse("BELMAR CITY (Varn Wire) - Belmaria said on Monday ...", null);

        Assert.NotNull(d);
        Assert.Equal("BELMAR CITY", d.Place);
        Assert.Equal("Varn Wire", d.Agency);
        Assert.Null(d.Date);
    }

    [Fact]
    public void Full_month_date_and_agency_with_double_dash()
    {
        var d = DatelineParser.Parse("Ostrava, March 4 (OTA) -- The Ostravian side ...", 2024);

        Assert.Equal(new DateOnly(2024, 3, 4), d?.Date);
        Assert.Equal("OTA", d?.Agency);
    }

    [Fact]
    public void Ordinary_sentence_is_not_a_dateline()
    {
        Assert.Null(DatelineParser.Parse("Ostravian Foreign Minister Pell Darro spoke by telephone with Ana Quist.", 2024));
    }

    [Fact]
    public void Dateline_is_taken_out_of_the_body_with_a_span_into_the_page()
    {
        var page = "Darro and Quist talk\n\nOstrava, March 4 (OTA) -- " + ExtractionFixture.ReadoutParagraphs;

        var article = ExtractionFixture.ExtractText(page);

        Assert.StartsWith("On March 3", article.Body);
        Assert.Equal("Ostrava, March 4 (OTA)", article.Dateline!.Span.Slice(page));
        Assert.Equal("OTA", article.Outlet);
        Assert.Equal(Readout.Model.SourceRole.MediaReport, article.Role);
    }
}
