using System.Text;

namespace Readout.Tests.Extraction;

/// <summary>Unusual page shapes are read like any other: paragraphs straight under the body, very wide nodes.</summary>
public sealed class HtmlPageShapeTests
{
    [Fact]
    public void Paragraphs_straight_under_the_body_of_an_article_classed_page_are_read()
    {
        // The scorer climbs three levels from each paragraph: here up to the html element, outside the scored body.
        const string page = """
            <html class="article-page"><head><title>Orvane dam opens | Tessaly Post</title></head>
            <body>
              <p>The Orvane dam opened its spillways on Friday for the first time in a decade, the water board said.</p>
              <p>Farmers downstream, who had asked for the release since spring, welcomed the decision, according to Minister Petra Vell.</p>
            </body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("The Orvane dam opened its spillways", body);
        Assert.EndsWith("according to Minister Petra Vell.", body);
    }

    [Fact]
    public void A_page_with_thousands_of_lines_in_one_element_is_read_to_its_end()
    {
        // One element with thousands of children (a results list of text and line breaks) must be walked whole.
        var results = new StringBuilder("<div class=\"results\">");
        for (var i = 1; i <= 3000; i++)
        {
            results.Append("Runner ").Append(i).Append(", Kestrel Harriers, finished in ").Append(30 + i % 20).Append(" minutes<br>");
        }

        results.Append("</div>");
        var page = $"""
            <html><head><title>Varn relay results | Tessaly Post</title></head>
            <body><article><p>The Varn relay drew its largest field yet on Sunday, the organisers said, with runners from every club in the valley.</p>
            {results}</article></body></html>
            """;

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("The Varn relay drew", body);
        Assert.Contains("Runner 1, Kestrel Harriers, finished in 31 minutes", body);
        Assert.EndsWith("Runner 3000, Kestrel Harriers, finished in 30 minutes", body);
    }
}
