namespace Readout.Tests.Extraction;

/// <summary>
/// Boxes inside the article that point elsewhere are not the story: a "see also" title over links to other
/// stories, related posts written as list items (title link, excerpt, byline).
/// Article sections that look alike in part (a heading over prose, a list of items with links in their
/// sentences) stay.
/// </summary>
public sealed class HtmlRelatedBoxTests
{
    private const string Story = FictionalStory.Paragraphs;

    private static string Page(string body) => FictionalStory.PageWithArticle(body);

    [Fact]
    public void A_see_also_title_over_links_to_other_stories_goes_with_them()
    {
        var page = Page($"""
            <p>Ostravian Foreign Minister Pell Darro met his Belmarian counterpart Ana Quist in Portavel on Monday, the ministry said.</p>
            <div class="news-module"><div class="block-subtitle"><h5>Worth a look</h5></div>
            <div class="card"><a href="/news/ferry-repairs"><h4>Varn ferry back after storm repairs</h4></a></div></div>
            <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair.</p>
            <p>They agreed to resume expert consultations next month, according to a joint statement issued after the talks.</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.DoesNotContain("Worth a look", body);
        Assert.DoesNotContain("storm repairs", body);
        Assert.Contains("spring trade fair", body);
    }

    [Fact]
    public void A_section_heading_over_prose_with_a_link_stays()
    {
        var page = Page($"""
            {Story}
            <section><h3>Fishing quotas</h3><p>Both sides want the <a href="/topics/quotas">quota tables</a> revised before the summer season opens.</p></section>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("Fishing quotas", body);
        Assert.Contains("revised before the summer season", body);
    }

    [Fact]
    public void Related_posts_written_as_list_items_go()
    {
        static string Item(string title, string excerpt, string slug) => $"""
            <li class="postlist-item"><div class="postlist-wrap"><a href="/{slug}"><img src="/{slug}.jpg" alt=""></a>
            <h3><a href="/{slug}">{title}</a></h3><p class="postlist-excerpt">{excerpt}</p>
            <div class="postlist-info">By <a href="/authors/mira-tol">Mira Tol</a></div></div></li>
            """;
        var page = Page($"""
            {Story}
            <ul class="postlist">
            {Item("Harvest festival in Portavel", "The Belmarian harvest festival drew record crowds to the old port this weekend.", "harvest")}
            {Item("Ferry timetable changes", "The Varn Strait ferry resumes its winter timetable after the storm repairs.", "ferry")}
            {Item("Spring session opens", "The Ostravian parliament opens its spring session with a debate on fisheries.", "session")}
            </ul>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("issued after the talks.", body);
        Assert.DoesNotContain("record crowds", body);
        Assert.DoesNotContain("winter timetable", body);
    }

    [Fact]
    public void List_items_with_links_inside_their_sentences_stay()
    {
        var page = Page($"""
            {Story}
            <ul class="points">
            <li class="point">The <a href="/topics/varn">Varn Strait</a> quota is to be revised by the joint commission.</li>
            <li class="point">The ferry service gets a new <a href="/docs/timetable">winter timetable</a> from November.</li>
            <li class="point">The trade fair moves to <a href="/places/portavel">Portavel</a> for its spring edition.</li>
            </ul>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("quota is to be revised", body);
        Assert.Contains("winter timetable from November", body);
    }
}
