namespace Readout.Tests.Extraction;

/// <summary>Section labels printed above a headline ("Diplomacy", "World › Europe") are navigation, not article text.</summary>
public sealed class KickerLabelTests
{
    private const string Paragraphs = """
        <p>Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, the ministry said.</p>
        <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair.</p>
        """;

    [Theory]
    [InlineData("<p class=\"kicker\">Diplomacy</p>")]
    [InlineData("<span class=\"section\">Diplomacy</span>")]
    [InlineData("<div class=\"article-category\"><a href=\"/diplomacy\">Diplomacy</a></div>")]
    [InlineData("<p class=\"eyebrow\">Diplomacy</p>")]
    [InlineData("<div class=\"section-label\">Diplomacy</div>")]
    [InlineData("<ol class=\"breadcrumb\"><li>World</li><li>Diplomacy</li></ol>")]
    [InlineData("<p class=\"rubric\">Diplomacy</p>")]
    public void Label_above_the_headline_is_not_body(string label)
    {
        var article = ExtractionFixture.ExtractHtml($"<html><head><title>Darro and Quist talk | Belmaria Herald</title></head><body><article class=\"story\">{label}<h1>Darro and Quist talk</h1>{Paragraphs}</article></body></html>");

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", article.Body);
        Assert.DoesNotContain("Diplomacy", article.Body);
        Assert.DoesNotContain("Darro and Quist talk", article.Body);
    }

    [Fact]
    public void Unclassed_short_label_above_the_headline_is_dropped_with_the_headline()
    {
        var article = ExtractionFixture.ExtractHtml($"<html><head><title>Darro and Quist talk | Belmaria Herald</title></head><body><article><div>Diplomacy</div><h1>Darro and Quist talk</h1>{Paragraphs}</article></body></html>");

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", article.Body);
    }

    [Fact]
    public void Section_classed_subheading_inside_the_text_is_kept()
    {
        var article = ExtractionFixture.ExtractHtml($"<html><body><article><h1>Darro and Quist talk</h1>{Paragraphs}<h2 class=\"section-title\">Next steps</h2><p>They agreed to maintain regular working contacts at all levels, the statement said.</p></article></body></html>");

        Assert.Contains("\n\nNext steps\n\n", article.Body);
    }
}
