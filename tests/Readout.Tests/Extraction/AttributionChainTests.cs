using Readout.Extraction;
using Readout.Model;

namespace Readout.Tests.Extraction;

public sealed class AttributionChainTests
{
    [Fact]
    public void According_to_a_release_then_reported_by_an_agency_orders_the_agency_first()
    {
        var body = "Darro congratulated Quist on her appointment, according to a press release by the Ostravian Foreign Ministry, Varn news agency reported.";

        var links = AttributionParser.Parse(body).Links;

        Assert.Equal(["Varn news agency", "Ostravian Foreign Ministry"], links.Select(l => l.Source));
        Assert.Equal(["reported", "according to a press release by"], links.Select(l => l.Cue));
        Assert.Equal("Varn news agency reported", links[0].Span.Slice(body));
    }

    [Fact]
    public void Repeated_sources_and_anaphors_are_deduplicated()
    {
        var body = "The ministers talked on Monday, the Belmarian Foreign Ministry informed.\n\n" +
            "\"We agreed to meet again,\" the ministry said. \"Talks were useful,\" the statement notes.\n\n" +
            "The Belmarian Foreign Ministry added that the talks would continue.";

        var links = AttributionParser.Parse(body).Links;

        var link = Assert.Single(links);
        Assert.Equal("Belmarian Foreign Ministry", link.Source);
        Assert.Equal("informed", link.Cue);
    }

    [Fact]
    public void Outlet_citing_a_statement_is_a_link()
    {
        var body = "The ministers \"supported cooperation on vaccines,\" OTA cited the statement as saying.";

        var link = Assert.Single(AttributionParser.Parse(body).Links);

        Assert.Equal("OTA", link.Source);
        Assert.Equal("cited the statement as saying", link.Cue);
    }

    [Fact]
    public void Pronouns_and_people_are_not_links_but_are_reporting_cues()
    {
        var result = AttributionParser.Parse("The talks were useful, it said. \"We will meet again,\" Pell Darro said.");

        Assert.Empty(result.Links);
        Assert.True(result.HasReportingCues);
    }

    [Fact]
    public void Report_with_attribution_is_a_media_report_and_spans_point_into_the_page()
    {
        var page = "Darro and Quist talk\n\nThe ministers talked on Monday about the Varn Strait, the Belmarian Foreign Ministry informed.\n";

        var article = ExtractionFixture.ExtractText(page);

        Assert.Equal(SourceRole.MediaReport, article.Role);
        Assert.Equal("the Belmarian Foreign Ministry informed", article.Attribution[0].Span.Slice(page));
    }

    [Fact]
    public void Institutional_press_release_is_official()
    {
        var page = "Press release on the Varn Strait\n\n" + ExtractionFixture.ReadoutParagraphs;

        Assert.Equal(SourceRole.Official, ExtractionFixture.ExtractText(page).Role);
    }

    [Fact]
    public void First_person_institutional_voice_is_official()
    {
        var page = "On the future of the Varn Strait treaty\n\n" +
            "We have always advocated the extension of the Varn Strait treaty without preconditions.\n\n" +
            "Our proposals remain on the table, and we are ready to work on the basis of equality.";

        Assert.Equal(SourceRole.Official, ExtractionFixture.ExtractText(page).Role);
    }
}
