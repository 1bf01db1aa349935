namespace Readout.Tests.Extraction;

public sealed class HtmlBoilerplateTests
{
    private const string Page = """
        <html><head><title>Darro and Quist talk | The Ostravian Courier</title></head>
        <body>
          <nav class="main-menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
          <div id="page">
            <article class="story">
              <h1>Darro and Quist talk</h1>
              <div class="share-bar"><a href="#">Share on social media</a></div>
              <div class="story-body">
                <p>OSTRAVA (Courier) - Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, the ministry informed.</p>
                <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair, and agreed to resume expert consultations.</p>
                <h2>Next steps</h2>
                <p>They agreed to maintain regular working contacts at all levels, the statement said, adding that a visit was possible.</p>
              </div>
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Belmarian harvest festival draws record crowds this weekend in the capital</a></li></ul></aside>
            <div class="comments"><p>Great article, thanks for sharing this with everyone, I really enjoyed reading it!</p></div>
          </div>
          <footer><p>© The Ostravian Courier. All rights reserved. Contact us at any time for any reason whatsoever.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Article_paragraphs_are_kept_with_structure_and_chrome_removed()
    {
        var article = ExtractionFixture.ExtractHtml(Page);

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", article.Body);
        Assert.Contains("\n\nNext steps\n\n", article.Body);
        Assert.EndsWith("a visit was possible.", article.Body);
        foreach (var chrome in new[] { "Home", "cookies", "Share", "harvest", "Great article", "rights reserved", "Darro and Quist talk" })
        {
            Assert.DoesNotContain(chrome, article.Body);
        }
    }

    [Fact]
    public void Title_is_cleaned_of_the_site_name_and_dateline_parsed()
    {
        var article = ExtractionFixture.ExtractHtml(Page);

        Assert.Equal("Darro and Quist talk", article.Title);
        Assert.Equal("OSTRAVA", article.Dateline?.Place);
        Assert.Equal("Courier", article.Outlet);
        Assert.Equal(Readout.Model.SourceRole.MediaReport, article.Role);
    }

    [Fact]
    public void Page_without_text_is_rejected()
    {
        Assert.Throws<Readout.Extraction.ExtractionException>(() => ExtractionFixture.ExtractHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>"));
    }
}
