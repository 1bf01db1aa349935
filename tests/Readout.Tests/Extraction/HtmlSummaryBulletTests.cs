namespace Readout.Tests.Extraction;

/// <summary>
/// A standfirst written as bullet points above the body, inside the story's <c>article</c> or <c>main</c>, opens the text;
/// lists of links or labels there (contents, tags) do not.
/// </summary>
public sealed class HtmlSummaryBulletTests
{
    private const string Story = """
        <p>Ostravian Foreign Minister Pell Darro met his Belmarian counterpart Ana Quist in Portavel on Monday, the ministry said.</p>
        <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair.</p>
        <p>They agreed to resume expert consultations next month, according to a joint statement issued after the talks.</p>
        <p>Darro said the ferry service between Portavel and the Belmarian coast would run twice a day from the first of May.</p>
        <p>Quist called the meeting a first step and said both governments would report to their parliaments before the summer.</p>
        """;

    private static string Page(string above) => FictionalStory.PageWithBody($"""
        <main><div class="page"><h1>Darro meets Quist</h1>
          <div class="summary">{above}</div>
          <div class="ad">Advertisement</div>
          <div class="news-body">{Story}{Story}{Story}</div>
        </div></main>
        """);

    [Theory]
    [InlineData("<ul><li>The ministers of Ostrava and Belmaria meet for the first time in a year.</li><li>Both sides want the ferry service back by May.</li></ul>")]
    [InlineData("<ul><li>Pell Darro on the long quarrel over the Varn Strait fishing grounds</li><li>A ferry service twice a day between both coasts from May</li></ul>")]
    public void Bullet_points_above_the_body_are_its_standfirst(string above)
    {
        var body = ExtractionFixture.ExtractHtml(Page(above)).Body;

        Assert.StartsWith(above[8..20], body);
        Assert.Contains("joint statement", body);
    }

    [Theory]
    [InlineData("<ul><li><a href=\"#talks\">The talks in Portavel on Monday.</a></li><li><a href=\"#ferry\">The ferry service from May.</a></li><li><a href=\"#fair\">The spring trade fair.</a></li></ul>")]
    [InlineData("<ul><li>Ostrava</li><li>Belmaria</li><li>Diplomacy</li><li>Fishing</li></ul>")]
    public void A_list_of_links_or_labels_above_the_body_is_no_standfirst(string above)
    {
        var body = ExtractionFixture.ExtractHtml(Page(above)).Body;

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", body);
    }
}
