namespace Readout.Tests.Extraction;

/// <summary>The whole article body, not its largest fragment: split containers, mislabelled wrappers, hidden copies.</summary>
public sealed class HtmlBodyRecallTests
{
    /// <summary>A page-builder layout: every paragraph group sits in its own column three wrappers deep.</summary>
    private const string SplitPage = """
        <html><head><title>Varn ferry resumes | Belmarian Harbour News</title></head>
        <body>
          <div class="site"><div class="entry-content">
            <div class="row"><div class="column"><div class="column-inner"><div class="text-block">
              <p>The ferry between Portavel and the Varn islands resumed service on Tuesday after a three-week pause, the harbour authority said.</p>
            </div></div></div></div>
            <div class="row"><div class="column"><div class="column-inner"><div class="text-block">
              <h2>Repairs finished</h2>
              <p>Engineers replaced the damaged ramp, and the vessel passed its safety inspection, according to Harbour Master Ilse Vantongeren.</p>
              <p>Timetables return to the winter schedule, with four crossings a day, and tickets bought for cancelled sailings remain valid.</p>
            </div></div></div></div>
            <div class="row"><div class="column"><div class="column-inner"><div class="text-block">
              <p>Residents of the islands, who relied on a fishing boat for supplies during the pause, welcomed the news, the mayor's office said.</p>
            </div></div></div></div>
          </div>
          <div class="teasers"><h3>Most read</h3>
            <ul><li><a href="/a">Belmarian lighthouse keepers mark a century of service on the coast</a></li>
            <li><a href="/b">Portavel market moves indoors for the winter months this year</a></li></ul></div>
          </div>
        </body></html>
        """;

    [Fact]
    public void Article_split_across_sibling_containers_is_taken_whole()
    {
        var body = ExtractionFixture.ExtractHtml(SplitPage).Body;

        Assert.StartsWith("The ferry between Portavel", body);
        Assert.Contains("\n\nRepairs finished\n\n", body);
        Assert.Contains("four crossings a day", body);
        Assert.EndsWith("the mayor's office said.", body);
        Assert.DoesNotContain("lighthouse", body);
        Assert.DoesNotContain("Most read", body);
    }

    [Fact]
    public void Hidden_schema_copy_and_a_heading_over_dropped_links_stay_out()
    {
        const string page = """
            <html><head><title>Quist visits Ostrava</title></head><body>
              <article>
                <h1>Quist visits Ostrava</h1>
                <div class="body">
                  <p>Belmarian Foreign Minister Ana Quist arrived in Ostrava on Friday for two days of talks on the Varn Strait fisheries.</p>
                  <p>She is due to meet Prime Minister Tomas Veld and to open a trade office, her ministry said in a statement.</p>
                  <h3>More on this topic</h3>
                  <ul><li><a href="/x">Ostravian fishing fleet returns to port early after storm warnings</a></li></ul>
                </div>
              </article>
              <div style="display: none" itemscope itemtype="http://schema.org/NewsArticle">
                <div itemprop="headline">Quist visits Ostrava</div><div itemprop="datePublished">2024-03-08T09:00:00</div>
                <div itemprop="articleBody">Belmarian Foreign Minister Ana Quist arrived in Ostrava on Friday, an unformatted copy of the story.</div>
              </div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("her ministry said in a statement.", body);
        Assert.DoesNotContain("More on this topic", body);
        Assert.DoesNotContain("unformatted copy", body);
        Assert.DoesNotContain("2024-03-08", body);
    }

    [Fact]
    public void Story_in_a_column_classed_as_a_sidebar_is_still_found()
    {
        const string page = """
            <html><head><title>Harvest figures</title></head><body>
              <nav><a href="/">Home</a></nav>
              <div class="layout-row--sidebar">
                <p>The Belmarian grain harvest rose by a tenth this year, the agriculture ministry said on Monday.</p>
                <p>Farmers in the northern provinces reported the best yields since records began, helped by a mild spring.</p>
              </div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("The Belmarian grain harvest", body);
        Assert.Contains("mild spring.", body);
    }

    [Fact]
    public void Widening_stops_before_the_next_story_of_a_feed()
    {
        const string page = """
            <html><head><title>Darro meets envoys</title></head><body>
              <div class="feed">
                <div class="story"><h1>Darro meets envoys</h1>
                  <div class="text"><p>Ostravian Foreign Minister Pell Darro met the ambassadors of four neighbouring states on Wednesday, his office said.</p>
                  <p>The talks covered border crossings, river shipping and the spring trade fair, and a joint statement is expected.</p></div></div>
                <div class="story"><h1>Museum reopens</h1>
                  <div class="text"><p>The national museum in Ostrava reopened its doors on Thursday after a renovation lasting two years and costing millions.</p></div></div>
              </div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("joint statement is expected.", body);
        Assert.DoesNotContain("museum", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Lead_paragraph_in_the_article_header_is_kept_above_the_body()
    {
        const string page = """
            <html><head><title>Varn Strait talks | Belmarian Harbour News</title></head><body>
              <article>
                <header>
                  <h1>Varn Strait talks open in Portavel</h1>
                  <span class="byline">By Ilse Vantongeren</span>
                  <p class="intro">Belmaria and Ostrava opened talks on a shared fisheries register for the Varn Strait, the first in a decade.</p>
                </header>
                <div class="body">
                  <p>Delegates from Belmaria and Ostrava met in the old customs house at Portavel on Monday morning, with observers from four neighbouring states.</p>
                  <p>The talks covered quotas for herring and cod, the patrol routes of both coast guards, and a shared register of licensed trawlers in the strait.</p>
                  <p>Foreign Minister Ana Quist said the register would end years of disputes over boats that fly one flag and land their catch under the other.</p>
                  <p>Her Ostravian counterpart, Tomas Veld, said his government would table the draft in parliament before the summer recess, a spokesman confirmed.</p>
                  <p>Fishing unions on both coasts have asked for a seat at the next round, arguing that the quotas were drawn up without the crews who work them.</p>
                  <p>The delegations are due to meet again in Ostrava in September, when a working group is to present maps of the disputed spawning grounds.</p>
                  <p>Until then, both coast guards will keep to the patrol lines agreed in 2019, and no new licences will be issued for the northern banks.</p>
                  <p>Observers from the neighbouring states said they would report to their own ministries before deciding whether to join the register.</p>
                </div>
              </article>
              <div class="teasers"><p>Portavel's harbour authority reopened the ferry to the Varn islands after a three-week pause on Tuesday.</p></div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Belmaria and Ostrava opened talks", body);
        Assert.Contains("\n\nDelegates from Belmaria and Ostrava met", body);
        Assert.EndsWith("whether to join the register.", body);
        Assert.DoesNotContain("ferry", body);
    }
}
