namespace Readout.Tests.Extraction;

/// <summary>
/// A thread (forum topic, questions and answers) is many sibling posts, each nested deep in its own user cell
/// and toolbar: the body is all the posts' text, not the longest post or a list of links beside them, while an
/// article with a comment thread under it keeps the article alone.
/// </summary>
public sealed class HtmlThreadTests
{
    private static readonly string[] Posts =
    [
        "Has anyone tried the new Portavel ferry timetable? The morning crossing to the Belmarian coast seems to leave earlier now.",
        "Yes, since Monday it leaves at 6:40 instead of 7:10, and the evening crossing was moved to 19:30, the port office said.",
        "Thanks. Does the earlier crossing still connect with the coach to Varn, or do we have to wait for the next one?",
        "The coach waits for the ferry, according to the driver I asked last week, but only on working days and not on holidays.",
    ];

    private static string Post(int i, string text) => $"""
        <div class="post" id="post{i}">
          <dl class="post-user"><dt><a href="/u/{i}">member{i}</a></dt><dd>Joined: March 2019</dd><dd>Posts: 1,204</dd>
            <dd>Location: Portavel harbour district</dd><dd>Ferry pass holder</dd></dl>
          <div class="post-body"><div class="post-row"><div class="post-content"><div class="message">
            <blockquote class="post-text">{text}</blockquote>
          </div></div></div></div>
          <div class="post-tools"><a href="/q/{i}">Quote</a> <a href="/r/{i}">Reply</a> <a href="/l/{i}">Like</a> <a href="/p/{i}">Report post</a></div>
        </div>
        """;

    private static string Thread() => "<div class=\"posts\">" + string.Concat(Posts.Select((p, i) => Post(i, p))) + "</div>";

    private const string TagCloud = """
        <div class="related-searches"><div class="inner"><div class="cell">
          portavel ferry timetable, belmaria ferry, varn coach, ferry timetable monday, portavel port office, morning crossing,
          evening crossing, coach to varn, ferry 6:40, ferry 7:10, ferry 19:30, portavel ferry tickets, belmaria coast ferry,
          varn strait crossing, ferry holidays, ferry working days, coach timetable, port office hours, ferry delays, ferry news
        </div></div></div>
        """;

    [Fact]
    public void All_posts_of_a_thread_are_the_body_not_the_list_of_searches_beside_it()
    {
        var page = $"<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>{TagCloud}{Thread()}</body></html>";

        var body = ExtractionFixture.ExtractHtml(page).Body;

        foreach (var post in Posts)
        {
            Assert.Contains(post, body);
        }

        Assert.DoesNotContain("ferry holidays", body);
        Assert.DoesNotContain("Ferry pass holder", body);
    }

    [Fact]
    public void A_long_opening_post_does_not_shut_out_the_replies()
    {
        var notes = string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"<p>Change {i}: the Portavel ferry now leaves at 6:40, the evening crossing moved to 19:30, and tickets are sold on board again.</p>"));
        var thread = "<div class=\"posts\">" + Post(0, notes) + string.Concat(Posts.Select((p, i) => Post(i + 1, p))) + "</div>";
        var page = $"<html><head><title>Timetable notes</title></head><body><h1>Timetable notes</h1>{thread}</body></html>";

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("Change 5: the Portavel ferry", body);
        Assert.Contains(Posts[3], body);
    }

    [Fact]
    public void An_article_with_a_longer_thread_under_it_keeps_the_article_alone()
    {
        var story = string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"<p>Ostravian Foreign Minister Pell Darro met his Belmarian counterpart Ana Quist in Portavel, talk {i} of the series, the ministry said on Monday.</p>"));
        var comments = "<div class=\"posts\">" + string.Concat(Enumerable.Range(0, 30).Select(i => Post(i, Posts[i % Posts.Length]))) + "</div>";
        var page = $"""
            <html><head><title>Darro meets Quist</title></head><body>
              <div class="story"><h1>Darro meets Quist</h1><div class="story-text">{story}</div></div>
              <div class="reader-posts">{comments}</div>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("talk 11 of the series", body);
        Assert.DoesNotContain(Posts[0], body);
    }
}
