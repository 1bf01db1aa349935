namespace Readout.Tests.Extraction;

/// <summary>
/// Text set apart from the body that is still the article: a standfirst straight above the body, the
/// sentences of ruby-annotated text without their reading aids, a data table set as a figure, and the
/// other sections of a guide written as same-class blocks.
/// </summary>
public sealed class HtmlStandfirstTests
{
    private const string Story = """
        <p>Ostravian Foreign Minister Pell Darro met his Belmarian counterpart Ana Quist in Portavel on Monday, the ministry said.</p>
        <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair.</p>
        <p>They agreed to resume expert consultations next month, according to a joint statement issued after the talks.</p>
        <p>Darro said the ferry service between Portavel and the Belmarian coast would run twice a day from the first of May.</p>
        <p>Quist called the meeting a first step and said both governments would report to their parliaments before the summer.</p>
        """;

    private static string Page(string body) => FictionalStory.PageWithBody(body);

    [Fact]
    public void A_short_standfirst_straight_above_the_body_opens_it()
    {
        var page = Page($"""
            <div class="story"><div class="standfirst">Talks in Portavel end a year of silence on the strait.</div><div class="text">{Story}</div></div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Talks in Portavel end a year of silence on the strait.", body);
        Assert.Contains("joint statement", body);
    }

    [Fact]
    public void A_subheadline_written_as_a_sentence_above_the_body_is_its_standfirst()
    {
        var page = Page($"""
            <div class="story"><h2 class="deck">Ostrava and Belmaria agree to talk again about the strait.</h2><div class="text">{Story}</div></div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostrava and Belmaria agree to talk again", body);
    }

    [Theory]
    [InlineData("<div class=\"date\">Monday 4 March 2024 at 10:15 local time in Portavel</div>")]
    [InlineData("<h2>Ostrava and Belmaria: the talks in Portavel</h2>")]
    [InlineData("<p><a href=\"/a\">Read our full coverage of the talks between Ostrava and Belmaria here.</a></p>")]
    [InlineData("<div class=\"image-caption\">Pell Darro and Ana Quist shake hands in Portavel on Monday.</div>")]
    public void A_date_line_a_title_a_link_or_a_caption_above_the_body_is_no_standfirst(string above)
    {
        var page = Page($"""<div class="story">{above}<div class="text">{Story}</div></div>""");

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
    }

    [Fact]
    public void Ruby_readings_are_left_out_of_the_sentence()
    {
        var page = Page($"""
            <div class="text"><p><ruby>外務<rt>がいむ</rt></ruby>大臣がポルタベルで<ruby>会談<rp>(</rp><rt>かいだん</rt><rp>)</rp></ruby>しました。両国は来月も話し合います。</p>{Story}</div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("外務大臣がポルタベルで会談しました。", body);
        Assert.DoesNotContain("がいむ", body);
    }

    [Fact]
    public void A_table_set_as_a_figure_is_article_text_while_a_picture_caption_is_not()
    {
        var page = Page($"""
            <div class="text">{Story}
              <figure class="table"><table><tr><th>Port</th><th>Ferries a week</th></tr><tr><td>Portavel</td><td>14 crossings</td></tr></table></figure>
              <figure><img src="a.jpg"><figcaption>Pell Darro arrives in Portavel on Monday morning.</figcaption></figure>
            </div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("14 crossings", body);
        Assert.DoesNotContain("arrives in Portavel", body);
    }

    private static string Section(string cls, string name, string text) => $"""
        <div class="{cls}"><h3>{name}: opening times and prices for the season</h3>
          <ul class="facts"><li>Open: daily</li><li>Price: 12 crowns</li><li>Level: easy</li><li>Time: 2 hours</li><li>Dogs: on a lead</li><li>Parking: free</li></ul>
          <div class="body"><p>{text}</p></div></div>
        """;

    [Fact]
    public void The_other_sections_of_a_guide_written_as_same_class_blocks_join_the_winning_one()
    {
        var page = Page($"""
            <div class="guide">
              {Section("stop", "Portavel harbour", "The harbour walk starts at the ferry pier and follows the old sea wall past the fish market, the customs house and the lighthouse, with benches all the way.")}
              {Section("stop", "Varn lighthouse", "The lighthouse can be climbed in summer; the view from the gallery reaches across the strait to the Belmarian coast on a clear day, and the keeper sells postcards.")}
              {Section("stop", "Fish market", "The fish market opens at six in the morning and closes at noon; the stalls along the quay sell smoked herring, crab and the local rye bread baked in the old town.")}
            </div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("The harbour walk starts", body);
        Assert.Contains("The lighthouse can be climbed", body);
        Assert.Contains("The fish market opens", body);
    }
}
