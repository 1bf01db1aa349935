using Readout.Model;

namespace Readout.Tests.Extraction;

/// <summary>Publication dates from page evidence other than metadata: next to the headline, labelled, in scripts.</summary>
public sealed class HtmlPageDateTests
{
    private const string Paragraphs =
        "<p>Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, discussing the strait.</p>" +
        "<p>The ministers agreed to resume expert consultations on the fishing dispute in the Varn Strait next month.</p>";

    private static Article Extract(string body, string head = "", string? url = null) =>
        ExtractionFixture.ExtractHtml($"<html><head><title>Darro and Quist talk about the strait</title>{head}</head><body>{body}</body></html>", url);

    [Fact]
    public void Unlabelled_date_under_the_headline()
    {
        var article = Extract("<article><h1>Darro and Quist talk about the strait</h1><p class=\"sub\">Ostravian Courier &bull; 04.03.2024</p>" + Paragraphs + "</article>");

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void Date_above_the_headline_with_a_two_digit_year()
    {
        var article = Extract("<div><span>Politics, 04.03.24</span></div><h1>Darro and Quist talk about the strait</h1>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void French_date_next_to_the_headline()
    {
        var article = Extract("<h1>Darro and Quist talk about the strait</h1><div>jeudi 13 juin 2019</div>" + Paragraphs);

        Assert.Equal(new DateOnly(2019, 6, 13), article.Published?.Date);
    }

    [Fact]
    public void A_date_in_the_prose_is_not_the_publication_date()
    {
        var article = Extract("<h1>Darro and Quist talk about the strait</h1><p>Ostravian Foreign Minister Pell Darro, who took office on 4 March 2019 after the elections, spoke with Belmarian Foreign Minister Ana Quist on Monday about the strait.</p>");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Labelled_date_without_a_headline()
    {
        var article = Extract("<div class=\"docData\"><span class=\"label\">Datum:</span> <span class=\"value\">18.10.2021</span></div>" + Paragraphs);

        Assert.Equal(new DateOnly(2021, 10, 18), article.Published?.Date);
    }

    [Fact]
    public void Date_in_the_scripts_state_object()
    {
        var article = Extract("<script>window.state = {\"product\":{\"title\":\"Strait\",\"published_at\":\"2019-03-02T06:22:28+01:00\"}};</script>" + Paragraphs);

        Assert.Equal(new DateOnly(2019, 3, 2), article.Published?.Date);
    }

    [Fact]
    public void Layout_class_naming_a_sidebar_does_not_hide_the_time_element()
    {
        var article = Extract("<div class=\"layoutTwoColumnsRightSidebar\"><ul><li><time datetime=\"2021-11-25 16:11\">25. November 2021</time></li></ul>" + Paragraphs + "</div>");

        Assert.Equal(new DateOnly(2021, 11, 25), article.Published?.Date);
    }

    [Fact]
    public void Forum_clock_is_not_a_post_date()
    {
        var article = Extract("<p class=\"time\">Aktuelle Zeit: 14.10.2020, 12:18</p>" + Paragraphs);

        Assert.Null(article.Published);
    }

    [Fact]
    public void Weak_evidence_after_the_modified_date_is_dropped()
    {
        var article = Extract("<span class=\"date\">9 March 2031</span>" + Paragraphs, "<meta property=\"article:modified_time\" content=\"2024-03-04T10:00:00Z\">");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Image_date_in_json_ld_is_not_the_article_date()
    {
        var article = Extract(Paragraphs, """
            <script type="application/ld+json">{"@graph":[{"@type":"ImageObject","datePublished":"2024-03-01"},{"@type":"NewsArticle","headline":"Darro and Quist talk","datePublished":"2024-03-04T08:00:00+01:00"}]}</script>
            """);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void Url_date_corrects_a_utc_timestamp_one_day_off()
    {
        var article = Extract(Paragraphs, "<meta property=\"article:published_time\" content=\"2024-03-05T02:30:00+00:00\">", "https://courier.example/2024/03/04/darro-quist");

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void Blog_published_abbreviation_title()
    {
        var article = Extract("<span class=\"post-timestamp\"><abbr class=\"published\" title=\"2017-09-09T10:52:00+02:00\">10:52</abbr></span>" + Paragraphs);

        Assert.Equal(new DateOnly(2017, 9, 9), article.Published?.Date);
    }

    [Fact]
    public void A_copyright_year_alone_is_no_date()
    {
        var article = Extract("<h1>Darro and Quist talk about the strait</h1>" + Paragraphs + "<footer><p>&copy; 2021 Ostravian Courier</p></footer>");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Date_classed_element_with_its_parts_in_separate_spans()
    {
        var article = Extract("<div class=\"datum\"><span class=\"month\">Feb</span> <span class=\"day\">18</span><span class=\"year\">2009</span></div><h2>Darro and Quist talk</h2>" + Paragraphs);

        Assert.Equal(new DateOnly(2009, 2, 18), article.Published?.Date);
    }

    [Fact]
    public void Relative_date_beside_the_headline_counts_back_from_the_page_clock()
    {
        var article = Extract("<div class=\"clock\">Sunday, 10 March 2024</div><article><h1>Darro and Quist talk about the strait</h1><span class=\"ago\">vor 3 Tagen</span>" + Paragraphs + "</article>");

        Assert.Equal(new DateOnly(2024, 3, 7), article.Published?.Date);
    }

    [Fact]
    public void Relative_date_without_a_page_clock_is_no_date()
    {
        var article = Extract("<article><h1>Darro and Quist talk about the strait</h1><span class=\"ago\">vor 3 Tagen</span>" + Paragraphs + "</article>");

        Assert.Null(article.Published);
    }
}
