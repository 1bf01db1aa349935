namespace Readout.Tests.Extraction;

/// <summary>Text written straight into a container between its headings and divs, and a standfirst set apart from the body.</summary>
public sealed class HtmlLooseTextTests
{
    [Fact]
    public void Lines_between_line_breaks_beside_a_heading_are_the_body()
    {
        const string page = """
            <html><head><title>Varn ferry timetable changes | Belmarian Harbour News</title></head><body>
              <div class="menu-box"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
              <div id="story">
                <div class="teaser_text">A short note on the changes.</div>
                <h2>Four crossings a day</h2>
                The ferry between Portavel and the Varn islands returns to its winter timetable on Monday, the harbour authority said, with four crossings a day.
                <br/><br/>
                Tickets bought for cancelled sailings remain valid until March, and residents of the islands keep their reduced fares, according to Harbour Master Ilse Vantongeren.
                <br/><br/>
                <div class="clearfix"></div>
              </div>
              <div class="teasers"><p>Short teaser text about lighthouse keepers, with a comma.</p></div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("returns to its winter timetable on Monday", body);
        Assert.Contains("keep their reduced fares", body);
        Assert.DoesNotContain("lighthouse keepers", body);
    }

    [Fact]
    public void Standfirst_between_the_headline_and_a_separate_body_column_is_kept_but_not_a_caption()
    {
        const string page = """
            <html><head><title>Ostrava and Belmaria sign fisheries pact | Tessaly Post</title></head><body>
              <section class="hero">
                <h1>Ostrava and Belmaria sign fisheries pact</h1>
                <div class="hero-text"><p>The agreement ends a decade of disputes over the Varn Strait and opens the waters to both fleets from next spring, officials said.</p></div>
                <div class="image-box"><p>Foreign Ministers Ana Quist and Pell Darro shake hands after the signing ceremony in the Ostravian capital on Friday.</p></div>
              </section>
              <section class="story-columns"><div class="column">
                <p>Belmarian Foreign Minister Ana Quist and her Ostravian counterpart Pell Darro signed the pact in Ostrava on Friday, their ministries said.</p>
                <p>Under the deal, each country may license up to forty boats in the strait, and a joint commission will set catch limits every year.</p>
                <p>Fishing associations on both sides welcomed the agreement, though some warned that the limits would be hard to enforce at sea.</p>
              </div></section>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("The agreement ends a decade of disputes", body);
        Assert.Contains("a joint commission will set catch limits", body);
        Assert.DoesNotContain("shake hands", body);
    }

    [Fact]
    public void Author_box_and_picture_legend_inside_the_article_are_dropped()
    {
        const string page = """
            <html><head><title>Harvest figures</title></head><body>
              <article>
                <p>The Belmarian grain harvest rose by a tenth this year, the agriculture ministry said on Monday, citing early figures.</p>
                <div class="legend">Wheat fields near Portavel in August, shortly before the harvest began in the northern provinces.</div>
                <p>Farmers in the northern provinces reported the best yields since records began, helped by a mild and wet spring.</p>
                <section class="site-author-box"><p>Mira Holt writes about farming and food for the Tessaly Post, and has covered the Varn region since 2015.</p></section>
              </article>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("helped by a mild and wet spring", body);
        Assert.DoesNotContain("Wheat fields near Portavel", body);
        Assert.DoesNotContain("Mira Holt writes", body);
    }
}
