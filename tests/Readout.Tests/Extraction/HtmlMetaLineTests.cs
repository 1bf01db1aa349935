using Readout.Extraction.Html;

namespace Readout.Tests.Extraction;

/// <summary>
/// Lines inside the article that are furniture by their shape: picture credits, date stamps in any language,
/// rows of meta fields, caption, source and category fields, and a lone tag-list title closing the body.
/// Fields that carry the story's own facts ("Termin: …") stay.
/// </summary>
public sealed class HtmlMetaLineTests
{
    private const string Story = FictionalStory.Paragraphs;

    private static string Page(string body) => FictionalStory.PageWithArticle(body);

    [Fact]
    public void Credits_captions_and_source_fields_inside_the_article_go()
    {
        var page = Page($"""
            {Story}
            <p>Pell Darro at the Portavel ferry terminal. | © Courier Images/Ilse Vantongeren</p>
            <p>Abbildung: Karte der Varnstraße mit den umstrittenen Fanggründen</p>
            <p>(Credit: Ana Vell / Ostravian Press)</p>
            <p>The trade fair opens in Portavel on 4 April and runs for a week, the organisers said in a statement.</p>
            <p>Quelle: Außenministerium Ostrava</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("runs for a week", body);
        foreach (var chrome in new[] { "Courier Images", "Karte der", "Ana Vell", "Außenministerium" })
        {
            Assert.DoesNotContain(chrome, body);
        }
    }

    [Fact]
    public void A_date_stamp_and_a_row_of_meta_fields_go_but_a_dated_field_of_the_story_stays()
    {
        var page = Page($"""
            <p>Dienstag, 4. Juni 2019, 15:54</p>
            {Story}
            <p>Termin: 21.02.2020, 19 Uhr</p>
            <p>Views: 1120 | Added by: Pell | Rating: 4.0/5</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister", body);
        Assert.Contains("Termin: 21.02.2020, 19 Uhr", body);
        Assert.DoesNotContain("Views", body);
    }

    [Fact]
    public void A_one_or_two_word_lead_in_ending_in_a_colon_goes()
    {
        var page = Page($"""{Story}<p>Further information:</p><p>The Ostravian foreign ministry publishes the joint statement in full on its website.</p>""");

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.DoesNotContain("Further information", body);
        Assert.EndsWith("in full on its website.", body);
    }

    [Fact]
    public void A_single_word_closing_the_body_is_the_title_of_a_dropped_tag_list()
    {
        var page = Page($"""{Story}<p>Topics</p><ul><li><a href="/t/varn">Varn Strait</a></li><li><a href="/t/fish">Fishing</a></li></ul>""");

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("issued after the talks.", body);
    }

    [Fact]
    public void A_page_that_is_only_meta_lines_keeps_them_rather_than_losing_its_text()
    {
        var page = Page("<p>Quelle: Außenministerium Ostrava, Pressestelle Portavel</p><p>Dienstag, 4. Juni 2019, 15:54</p>");

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("Außenministerium Ostrava", body);
    }

    [Theory]
    [InlineData("03.04.2020, 12:35", true)]
    [InlineData("1. Dezember 2021 15:12 Uhr", true)]
    [InlineData("martes, 4 de junio de 2019", true)]
    [InlineData("gsoc-2018", false)]
    [InlineData("1. und Regionalmeister 2007", false)]
    [InlineData("Termin: 21.02.2020, 19 Uhr", false)]
    public void A_date_stamp_is_a_year_another_number_and_a_few_short_words(string line, bool stamp) =>
        Assert.Equal(stamp, MetaLine.IsDateStamp(line));

    [Theory]
    [InlineData("2021-10-16 | Notices", true)]
    [InlineData("Posted by: portavel-desk | 31. Dezember 2008", true)]
    [InlineData("Ports | Ferries | Fisheries", false)]
    [InlineData("Darro: talks went well. | Quist: we agreed.", false)]
    public void A_row_of_fields_needs_a_date_or_a_labelled_field(string line, bool row) =>
        Assert.Equal(row, MetaLine.IsFieldRow(line));

    [Theory]
    [InlineData("© 2020 Ostravian Courier", true)]
    [InlineData("The harbour at dawn © Ana Vell / Courier", true)]
    [InlineData("Copyright law (the © sign) protects the work. The ministers discussed it at length.", false)]
    public void A_credit_closes_the_line_after_the_copyright_sign(string line, bool credit) =>
        Assert.Equal(credit, MetaLine.IsCredit(line));
}
