using Readout.Model;

namespace Readout.Tests.Extraction;

/// <summary>Capture and page-clock dates on HTML pages: when the page was rendered, printed or fetched, never when it was published.</summary>
public sealed class HtmlCaptureDateTests
{
    private const string Story = """
        <article class="story">
          <h1>Darro and Quist talk</h1>
          <p>Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, the ministry said.</p>
          <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair.</p>
        </article>
        """;

    private static Article Page(string before, string after, string head = "") =>
        ExtractionFixture.ExtractHtml($"<html><head><title>Darro and Quist talk</title>{head}</head><body>{before}<main>{Story}</main>{after}</body></html>");

    [Theory]
    [InlineData("<footer><p class=\"gen\">page generated 2025-10-27 09:14:03 UTC</p></footer>")]
    [InlineData("<div class=\"foot\">Page last generated: 27 October 2025, 09:14</div>")]
    [InlineData("<p>Printed on 27.10.2025 from the Ostravian Courier website</p>")]
    [InlineData("<p><small>Retrieved on October 27, 2025</small></p>")]
    [InlineData("<div class=\"meta-stamp\">Accessed 27 Oct 2025</div>")]
    [InlineData("<div class=\"stand\">Seite erstellt am 27.10.2025 um 09:14 Uhr</div>")]
    public void Render_and_retrieval_stamps_are_capture_dates(string stamp)
    {
        var article = Page("", stamp);

        Assert.Null(article.Published);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
        Assert.Equal(DateSource.PageClock, article.Captured?.Source);
        Assert.DoesNotContain("2025", article.Body);
    }

    [Fact]
    public void Capture_stamp_never_replaces_the_meta_publication_date()
    {
        var article = Page("", "<footer><p>page generated 2025-10-27 09:14:03 UTC</p></footer>", """<meta property="article:published_time" content="2024-03-08T07:35:00Z">""");

        Assert.Equal(new DateOnly(2024, 3, 8), article.Published?.Date);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
    }

    [Theory]
    [InlineData("<header class=\"site-header\"><div class=\"date\">Monday, 27 October 2025</div><a href=\"/\">Ostravian Courier</a></header>")]
    [InlineData("<div class=\"top-bar\"><span class=\"today\">27.10.2025</span></div>")]
    [InlineData("<div id=\"clock\"><span class=\"current-date\">October 27, 2025</span> 09:14</div>")]
    public void Header_clock_widget_is_a_capture_date_not_the_publication_date(string widget)
    {
        var article = Page(widget, "");

        Assert.Null(article.Published);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
        Assert.Equal(DateSource.PageClock, article.Captured?.Source);
    }

    [Fact]
    public void Date_inside_the_article_header_is_still_the_publication_date()
    {
        var html = """
            <html><body><header class="site-header"><span class="today">27.10.2025</span></header>
            <article><header class="entry-header"><h1>Darro and Quist talk</h1><span class="date">8 March 2024</span></header>
            <p>Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, the ministry said.</p></article>
            </body></html>
            """;

        var article = ExtractionFixture.ExtractHtml(html);

        Assert.Equal(new DateOnly(2024, 3, 8), article.Published?.Date);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
    }

    [Fact]
    public void Text_page_render_stamp_is_capture()
    {
        var article = ExtractionFixture.ExtractText("Darro and Quist talk\n\n" + ExtractionFixture.ReadoutParagraphs + "\n\nPage generated 27 Oct 2025 09:14\n");

        Assert.Null(article.Published);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
        Assert.DoesNotContain("generated", article.Body);
    }

    [Fact]
    public void Belmaria_herald_sample_has_meta_publication_and_footer_capture()
    {
        var article = SamplePage("belmaria-herald", "valkov-larcombe-phone-call.html");

        Assert.Equal(new DateOnly(2024, 3, 8), article.Published?.Date);
        Assert.Equal(new DateOnly(2025, 10, 27), article.Captured?.Date);
        Assert.Equal(DateSource.PageClock, article.Captured?.Source);
        Assert.StartsWith("Ostravian Foreign Minister Andrey Valkov", article.Body);
        Assert.DoesNotContain("Diplomacy", article.Body);
        Assert.DoesNotContain("page generated", article.Body);
    }

    internal static Article SamplePage(string outlet, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", outlet, file);
            if (File.Exists(path))
            {
                return ExtractionFixture.ExtractHtml(File.ReadAllText(path), "https://www.belmariaherald.example/world/2024/03/08/valkov-larcombe-phone-call");
            }
        }

        throw new FileNotFoundException(file);
    }
}
