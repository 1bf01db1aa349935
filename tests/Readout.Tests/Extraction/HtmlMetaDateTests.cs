using Readout.Model;

namespace Readout.Tests.Extraction;

public sealed class HtmlMetaDateTests
{
    private const string Body = "<p>Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, discussing the strait.</p>";

    private static Article Extract(string head, string body = Body, string? url = null) =>
        ExtractionFixture.ExtractHtml($"<html><head>{head}</head><body><article>{body}</article></body></html>", url);

    [Fact]
    public void Json_ld_date_author_and_publisher()
    {
        var article = Extract("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Darro calls Quist",
            "datePublished":"2024-03-04T10:00:00+01:00","dateModified":"2024-03-09","author":[{"@type":"Person","name":"Mira Tolv"}],
            "publisher":{"@type":"Organization","name":"Ostravian Courier"}}</script>
            """);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
        Assert.Equal(DateSource.JsonLd, article.Published?.Source);
        Assert.Equal("Mira Tolv", article.Author);
        Assert.Equal("Ostravian Courier", article.Outlet);
        Assert.Equal("Darro calls Quist", article.Title);
    }

    [Fact]
    public void Article_published_time_meta_and_site_name()
    {
        var article = Extract("""<meta property="article:published_time" content="2024-03-04T08:00:00Z"><meta property="og:site_name" content="Belmaria Today"><meta name="author" content="Ivo Brand">""");

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
        Assert.Equal(DateSource.MetaTag, article.Published?.Source);
        Assert.Equal("Belmaria Today", article.Outlet);
        Assert.Equal("Ivo Brand", article.Author);
    }

    [Fact]
    public void Url_date_pattern_when_no_meta()
    {
        var article = Extract("", url: "https://courier.example/world/2024/03/04/darro-calls-quist");

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
        Assert.Equal(DateSource.Url, article.Published?.Source);
    }

    [Fact]
    public void Time_element_is_used_but_modified_stamps_are_not()
    {
        var article = Extract("", "<span class=\"updated-date\">9 March 2024</span><time datetime=\"2024-03-04\">4 March</time>" + Body);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void No_date_anywhere_is_null()
    {
        Assert.Null(Extract("").Published);
    }
}
