namespace Readout.Tests.Extraction;

/// <summary>
/// Class names that describe layout, not chrome (a BEM modifier, a page builder's wrapper, a print
/// style of one step), and chrome inside the article container: tables of contents, sign-up forms and
/// newsletter boxes, captions with utility classes. Sentences set as headings and
/// addresses written out as links are article text.
/// </summary>
public sealed class HtmlLayoutClassTests
{
    private const string Story = FictionalStory.Paragraphs;

    /// <summary>A short block elsewhere on the page: what wins when the article's column is wrongly dropped as chrome.</summary>
    private const string Weather = """<div class="box"><p>Portavel weather: sunny spells and a light breeze from the Varn coast all afternoon.</p></div>""";

    private static string Page(string body) => FictionalStory.PageWithBody(body);

    [Fact]
    public void A_bem_modifier_naming_the_sidebar_beside_a_column_does_not_drop_the_column()
    {
        var page = Page($"""
            <div class="item-content__row item-content__row--sidebar"><div class="item-content__col">{Story}</div></div>
            <div class="sidebar"><p>Subscribe to the Courier and read every story from Portavel, Ostrava and the Varn coast.</p></div>
            {Weather}
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("Subscribe", body);
        Assert.DoesNotContain("Portavel weather", body);
    }

    [Fact]
    public void A_page_builders_widget_wrapper_is_layout_not_a_widget()
    {
        var page = Page($"""
            <div class="elementor-section"><div class="elementor-widget elementor-widget-text-editor">
              <div class="elementor-widget-container">{Story}</div></div></div>
            {Weather}
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.Contains("joint statement", body);
    }

    [Fact]
    public void A_print_word_inside_a_compound_class_styles_the_step_while_a_print_button_goes()
    {
        var page = Page($"""
            <div class="tip">
              <div class="tip-print-step"><div class="tip-step-text">First cut the tomato in half, then remove the stalk with a small knife, slowly.</div></div>
              <div class="tip-print-step"><div class="tip-step-text">Then cut each half into slices of the same width, so that they cook evenly.</div></div>
              <div class="tip-print-step"><div class="tip-step-text">Finally salt the slices, wait ten minutes and pat them dry with a clean towel.</div></div>
              <div class="recipe-print"><a href="#">Print this tip</a></div>
            </div>
            {Weather}
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("First cut the tomato", body);
        Assert.Contains("pat them dry", body);
        Assert.DoesNotContain("Print this tip", body);
    }

    [Fact]
    public void A_table_of_contents_and_a_newsletter_box_inside_the_article_go()
    {
        var page = Page($"""
            <article><div class="entry-content">
              <div id="toc_container" class="toc"><p class="toc_title">Contents of this story</p>
                <ul><li><a href="#a">Talks</a></li><li><a href="#b">Trade fair</a></li></ul></div>
              {Story}
              <div class="news-letter-section"><span class="lead">Get the Courier's morning briefing on Ostravian diplomacy every day.</span></div>
            </div></article>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("Contents of this story", body);
        Assert.DoesNotContain("morning briefing", body);
    }

    [Fact]
    public void A_sign_up_form_inside_the_article_goes()
    {
        var page = Page($"""
            <article class="post-body">{Story}
              <form action="/subscribe"><p>Missing out on the latest news from Portavel? Sign up for our daily letter.</p>
                <input type="email"><button>Sign up</button></form>
            </article>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("issued after the talks.", body);
        Assert.DoesNotContain("Missing out", body);
    }

    [Fact]
    public void A_utility_text_class_does_not_make_a_picture_description_article_text()
    {
        var page = Page($"""
            <div class="article">
              <p class="imagedescription uk-text-center">Portavel Press Office / Ilse Vantongeren</p>
              {Story}
            </div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
        Assert.DoesNotContain("Vantongeren", body);
    }

    [Fact]
    public void A_sentence_set_as_a_heading_is_kept_while_a_closing_title_goes()
    {
        var page = Page($"""
            <article>{Story}
              <h3>The Belmarian delegation is expected back in Portavel before the end of the month.</h3>
              <h3>More from the Courier</h3>
            </article>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("before the end of the month.", body);
        Assert.DoesNotContain("More from the Courier", body);
    }

    [Fact]
    public void An_address_written_out_as_a_link_is_article_text()
    {
        var page = Page($"""
            <article>{Story}<p>The joint statement is online at</p><p><a href="https://mfa.ostrava.example/statement">https://mfa.ostrava.example/statement</a></p>
              <ul><li><a href="/more">More stories</a></li></ul></article>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("https://mfa.ostrava.example/statement", body);
        Assert.DoesNotContain("More stories", body);
    }
}
