using System.Net;
using System.Text;
using System.Text.Json;

namespace Readout.Server.Tests;

/// <summary>
/// Fictional pages carrying script injection, event-handler attributes, javascript: links and broken
/// markup are ingested; no page of the UI may then contain that markup unencoded.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class AttackCorpusTests(SampleStore samples)
{
    private const string HtmlPage = """
        <!DOCTYPE html><html><head><title>Valkov &lt;script&gt; call <script>alert(1)</script></title>
        <meta property="og:site_name" content="Evil Herald<script>alert(2)</script>"></head>
        <body><article><h1>Valkov and Larcombe talk <img src=x onerror=alert(1)></h1>
        <p>Foreign Minister of Ostravia Andrey Valkov held a telephone conversation with Belmarian Foreign Secretary Edwin Larcombe
        on 14 April 2024 <script>alert(1)</script> about the Coastal Arms Limitation Treaty.
        <p>Read <a href="javascript:alert(1)">the readout</a> and <a href="JaVaScRiPt:alert(3)">more</a> <b><i>broken <div>markup
        <p>The ministers agreed &lt;img src=x onerror=alert(4)&gt; to meet again in Port Karva. <svg onload=alert(5)>
        <iframe src="javascript:alert(6)"></iframe><style>body{display:none}</style>
        </body></html>
        """;

    private const string Text = """
        Foreign Minister of Karvonia Tomas Reinholt held a telephone conversation with Foreign Minister of Ostravia Andrey Valkov on 15 April 2024.
        <script>alert(1)</script> The two ministers discussed <img src=x onerror=alert(1)> the Serran Strait and "javascript:alert(1)".
        Reinholt said "</textarea><script>alert(7)</script>" would not be tolerated. <a href="javascript:alert(1)">x</a> ]]> --> <!--
        """;

    private const string Jsonl = """
        {"text":"Belmarian Foreign Secretary Edwin Larcombe held a telephone conversation with Foreign Minister of Karvonia Tomas Reinholt on 16 April 2024 about the Serran Strait. <script>alert(8)</script>","url":"javascript:alert(9)","title":"<script>alert(10)</script> Larcombe call","published":"2024-04-16","outlet":"<img src=x onerror=alert(11)>"}
        """;

    [Fact]
    public async Task Injected_markup_never_reaches_a_page_unencoded()
    {
        using var server = new ServerFactory(samples.Copy(), ServerFactory.Key);
        var client = server.CreateClient();
        var documents = new List<long>();
        var events = new List<long>();
        foreach (var (body, type) in new[] { (HtmlPage, "text/html"), (Text, "text/plain"), (Jsonl, "application/x-ndjson") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8, type) };
            request.Headers.Add("X-Api-Key", ServerFactory.Key);
            using var response = await client.SendAsync(request);
            var json = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{type}: {(int)response.StatusCode} {json}");
            var result = JsonDocument.Parse(json).RootElement;
            documents.AddRange(result.GetProperty("documents").EnumerateArray().Select(d => d.GetInt64()));
            events.AddRange(result.GetProperty("events").EnumerateArray().Select(e => e.GetInt64()));
        }

        Assert.Equal(3, documents.Count);
        Assert.NotEmpty(events);

        // The raw markup really is in the store (the test would prove nothing otherwise)...
        var stored = await client.GetStringAsync($"/api/documents/{documents[1]}");
        Assert.Contains("<script>alert(1)</script>", JsonDocument.Parse(stored).RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);

        // ...and no page shows it as markup.
        var pages = documents.Select(id => $"/documents/{id}")
            .Concat(events.Distinct().Select(id => $"/events/{id}"))
            .Concat(["/", "/documents", "/search?q=alert", "/search?q=script", "/search?q=ministers", "/timeline?key=person:tomas-reinholt", "/?person=Reinholt",
                "/search?q=ministers&outlet=%3Cimg%20src%3Dx%20onerror%3Dalert(11)%3E&topic=%3Cscript%3Ealert(12)%3C%2Fscript%3E&entity=%22%3E%3Cscript%3E&from=2024-04-01"]);
        foreach (var page in pages)
        {
            using var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            AssertNoLiveMarkup(page, html);
        }
    }

    [Fact]
    public void Snippets_encode_text_and_only_emit_balanced_marks()
    {
        var snippet = $"a <script>x</script> {'\uE000'}b<img onerror=1>{'\uE001'} {'\uE001'}c {'\uE000'}d";
        var html = Search.SnippetHtml.Render(snippet);
        Assert.Equal("a &lt;script&gt;x&lt;/script&gt; <mark>b&lt;img onerror=1&gt;</mark> c <mark>d</mark>", html);
    }

    [Fact]
    public void Body_highlights_skip_overlapping_and_out_of_range_spans()
    {
        var body = "<b>Valkov</b> met Larcombe";
        var html = Html.BodyHighlighter.Render(body, [
            new(new Model.TextSpan(3, 9), "person", "Person: \"x\" <y>"),
            new(new Model.TextSpan(5, 12), "place", "overlap"),
            new(new Model.TextSpan(18, 99), "person", "out of range"),
        ]).ToString();
        Assert.Equal("&lt;b&gt;<mark class=\"person\" title=\"Person: &quot;x&quot; &lt;y&gt;\">Valkov</mark>&lt;/b&gt; met Larcombe", html);
    }

    /// <summary>
    /// Parses the page as a browser would and checks the DOM: no dangerous elements, no event-handler
    /// attributes, no javascript: URLs. The words may still appear as encoded text (what the page said),
    /// which is inert, so a string search for "onerror=" would be the wrong test.
    /// </summary>
    private static void AssertNoLiveMarkup(string page, string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var dangerous = document.QuerySelectorAll("script, img, iframe, object, embed, style, svg *[onload], base, meta[http-equiv]");
        Assert.True(dangerous.Length == 0, $"{page}: {string.Join(" ", dangerous.Select(e => e.OuterHtml))}");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
                if (attribute.Name is "href" or "src" or "action" or "xlink:href")
                {
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{page}: {element.OuterHtml}");
                }
            }
        }
    }
}
