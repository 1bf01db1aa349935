namespace Readout.Tests.Extraction;

public sealed class LanguageSwitchAndChromeTests
{
    [Fact]
    public void Language_switch_and_trailing_link_blocks_are_removed_and_title_kept_apart()
    {
        var page = "Press release on Minister Darro's telephone conversation with Minister Quist\n\n\n  • en-GB1 os-OS1\n\n\n" +
            ExtractionFixture.ReadoutParagraphs + "\n\nAdditional materials\n\n\nMissions of Ostravia abroad\n\nForeign missions in Ostravia\n";

        var article = ExtractionFixture.ExtractText(page);

        Assert.Equal("Press release on Minister Darro's telephone conversation with Minister Quist", article.Title);
        Assert.Equal(ExtractionFixture.ReadoutParagraphs, article.Body);
        Assert.DoesNotContain("en-GB", article.Body);
        Assert.DoesNotContain("Additional materials", article.Body);
    }

    [Fact]
    public void Contact_block_and_banner_above_the_title_are_not_body()
    {
        var page = "Consular queries:\u00a0\u00a0\n+99 (0) 123 456 7890\u00a0\n\n" +
            "412 days have passed since the Varn Strait incident - no answer from the Belmarian side\u00a0\u00a0\u00a0 38 days have passed since the ferry closure\n\n\n" +
            "Statement on the Varn Strait ferry\n\n" + ExtractionFixture.ReadoutParagraphs + "\n";

        var article = ExtractionFixture.ExtractText(page);

        Assert.Equal("Statement on the Varn Strait ferry", article.Title);
        Assert.Equal(ExtractionFixture.ReadoutParagraphs, article.Body);
    }

    [Fact]
    public void Paragraphs_on_single_lines_become_blank_line_separated()
    {
        var page = "Darro and Quist discuss the strait\n" +
            "Ostravian Foreign Minister Pell Darro and his Belmarian counterpart discussed the strait on Monday, the ministry informed.\n" +
            "The ministers agreed to meet again in the spring, according to a statement by the Ostravian Foreign Ministry.\n";

        var article = ExtractionFixture.ExtractText(page);

        Assert.Equal(2, article.Body.Split("\n\n").Length);
    }

    [Fact]
    public void A_page_without_prose_is_rejected()
    {
        Assert.Throws<Readout.Extraction.ExtractionException>(() => ExtractionFixture.ExtractText("Home\nNews\nContacts\n"));
    }
}
