namespace Readout.Tests.Extraction;

/// <summary>
/// A live ticker's entries are classed like comments ("live-match-comment") but are the report itself;
/// readers' comments under a story still go.
/// </summary>
public sealed class HtmlLiveTickerTests
{
    private static string Entry(int minute, string text) =>
        $"""<div class="live-match-comment left"><div class="live-match-comment-time">{minute}'</div><div class="live-match-comment-body">{text}</div></div>""";

    [Fact]
    public void Live_ticker_entries_classed_as_comments_are_the_report()
    {
        var page = FictionalStory.PageWithBody($"""
            <main><h1>Portavel Rovers v Ostrava United, live</h1>
              <div class="live-match-comments">
                {Entry(90, "It is over in Portavel! The Rovers held on against United, a draw that keeps both in the race.")}
                {Entry(75, "Darro's header from the corner flies just over the bar, the closest the Rovers have come so far.")}
                {Entry(40, "Quist is booked for a late tackle on the halfway line, and United's bench is not happy at all.")}
                {Entry(5, "Both sides feel each other out in these first minutes, with long balls and little risk taken.")}
              </div></main>
            <div class="box"><p>Portavel weather: sunny spells and a light breeze from the Varn coast all afternoon.</p></div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("It is over in Portavel!", body);
        Assert.Contains("Both sides feel each other out", body);
        Assert.DoesNotContain("Portavel weather", body);
    }

    [Fact]
    public void Readers_comments_under_a_story_still_go()
    {
        var page = FictionalStory.PageWithBody($"""
            <article>{FictionalStory.Paragraphs}</article>
            <div class="comments"><div class="comment-body"><p>Darro should have stayed at home, the talks were a waste of everyone's time and money.</p></div></div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("joint statement", body);
        Assert.DoesNotContain("waste of everyone's time", body);
    }
}
