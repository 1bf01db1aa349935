namespace Readout.Tests.Extraction;

/// <summary>
/// Related-story grids written as divs (title, blurb, "read on" link per card) are not body text; paragraphs
/// written as divs of one class, with links inside their sentences, are.
/// </summary>
public sealed class HtmlTeaserCardTests
{
    private const string Story = FictionalStory.Paragraphs;

    private static string Page(string body) => FictionalStory.PageWithArticle(body);

    private static string Card(string title, string blurb, string slug) => $"""
        <div class="tile_teaser"><div class="tile_head">{title}</div>
        <p>{blurb}</p>
        <div class="tile_more"><a href="/news/{slug}.html">weiter lesen</a></div></div>
        """;

    [Fact]
    public void A_grid_of_linked_teaser_cards_under_the_story_goes()
    {
        var page = Page($"""
            {Story}
            <div class="grid">
            {Card("Harvest festival", "The Belmarian harvest festival drew record crowds to the old port this weekend.", "harvest")}
            {Card("Ferry timetable", "The Varn Strait ferry resumes its winter timetable after the storm repairs.", "ferry")}
            {Card("Spring session", "The Ostravian parliament opens its spring session with a debate on fisheries.", "session")}
            </div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("issued after the talks.", body);
        Assert.DoesNotContain("record crowds", body);
        Assert.DoesNotContain("winter timetable", body);
    }

    [Fact]
    public void Paragraphs_written_as_divs_with_links_inside_their_sentences_stay()
    {
        var page = Page($"""
            {Story}
            <div class="body-paragraph">Ostravian Foreign Minister Pell Darro met <a href="/people/quist">Ana Quist</a> in Portavel on Monday.</div>
            <div class="body-paragraph">The ministers discussed the <a href="/topics/varn">Varn Strait</a> fishing dispute and the ferry.</div>
            <div class="body-paragraph">They agreed to resume talks next month, says a <a href="/docs/statement">joint statement</a> issued later.</div>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("met Ana Quist in Portavel", body);
        Assert.Contains("Varn Strait fishing dispute", body);
        Assert.Contains("resume talks next month", body);
    }

    [Fact]
    public void Picture_story_sections_linking_only_their_photo_and_a_comment_count_stay()
    {
        static string Section(string text, string slug) => $"""
            <div class="photo-section"><a href="/photos/{slug}"><img src="/{slug}.jpg" alt=""></a>
            <div class="photo-text">{text}</div><a class="comments" href="/photos/{slug}#c">3</a></div>
            """;
        var page = Page($"""
            {Story}
            {Section("The old lighthouse of Portavel was restored by volunteers over two summers.", "lighthouse")}
            {Section("Its lamp room now holds a small museum of the Varn Strait ferries.", "lamp")}
            {Section("Visitors climb the spiral stairs on weekends from April to October.", "stairs")}
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("restored by volunteers", body);
        Assert.Contains("museum of the Varn Strait ferries", body);
    }
}
