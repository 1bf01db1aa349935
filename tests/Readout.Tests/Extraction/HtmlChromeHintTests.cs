namespace Readout.Tests.Extraction;

/// <summary>
/// What class names may and may not decide: an article-like name on a date line, print styling,
/// dialogs, picture credits and "see also" titles.
/// </summary>
public sealed class HtmlChromeHintTests
{
    private const string Story = FictionalStory.Paragraphs;

    [Fact]
    public void An_article_like_class_on_a_date_line_does_not_outscore_the_paragraphs()
    {
        var page = $"""
            <html><head><title>Darro meets Quist</title></head><body>
              <div class="box"><h1>Darro meets Quist</h1>
                <div class="articleMeta"><p class="time">Updated: 4 March 2024, 14:57, Portavel</p></div></div>
              <div class="box"><div class="paragraph">{Story}</div></div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.Contains("joint statement", body);
    }

    [Fact]
    public void Print_styling_keeps_the_article_while_print_buttons_go()
    {
        var page = $"""
            <html><head><title>Darro meets Quist</title></head><body>
              <div class="col print-full"><div class="printable-story">{Story}</div>
                <div class="print"><a href="#">Print this page now for your records</a></div>
                <div class="hidden-print"><p>Sign up to the Courier morning briefing, delivered to your inbox every single day.</p></div>
              </div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("Print this page", body);
        Assert.DoesNotContain("morning briefing", body);
    }

    [Fact]
    public void A_long_privacy_dialog_does_not_outscore_the_article()
    {
        var policy = string.Concat(Enumerable.Repeat(
            "<p>We collect, store and process the data of our visitors, including cookies, logs and analytics, for the purposes listed here.</p>", 8));
        var page = $"""
            <html><head><title>Darro meets Quist</title></head><body>
              <div class="dialog" id="privacy"><div class="dialog__content">{policy}</div></div>
              <main><div class="content">{Story}</div></main>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("visitors", body);
    }

    [Fact]
    public void Picture_credits_and_see_also_titles_stay_out()
    {
        var page = $"""
            <html><head><title>Darro meets Quist</title></head><body><article>
              <p class="image-annotation">The ministers in Portavel <em class="copyright">Belmarian Press Office | Ilse Vantongeren</em></p>
              {Story}
              <h3>See also</h3>
              <ul><li><a href="/a">Belmarian harvest festival draws record crowds this weekend in the capital</a></li></ul>
              <p>Portavel port reopens after the winter storms, the harbour authority said in a short statement on Tuesday.</p>
            </article></body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("Vantongeren", body);
        Assert.DoesNotContain("See also", body);
    }

    [Fact]
    public void On_a_page_of_several_stories_the_one_headed_by_the_title_is_taken()
    {
        var longer = string.Concat(Enumerable.Repeat(
            "<p>The Belmarian harvest festival drew record crowds to the capital this weekend, organisers said on Sunday evening.</p>", 6));
        var page = $"""
            <html><head><title>Courier | Darro meets Quist in Portavel</title></head><body>
              <article><h1>Darro meets Quist in Portavel</h1><div class="text">{Story}</div></article>
              <article><h1>Harvest festival draws record crowds</h1><div class="text">{longer}</div></article>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("harvest festival", body);
    }
}
