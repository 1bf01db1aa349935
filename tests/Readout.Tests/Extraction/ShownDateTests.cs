using Readout.Model;

namespace Readout.Tests.Extraction;

/// <summary>When the metadata's publication date and the date printed beside the headline disagree.</summary>
public sealed class ShownDateTests
{
    private const string Title = "Darro and Quist talk about the strait";

    private const string Paragraphs =
        "<p>Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday, discussing the strait.</p>" +
        "<p>The ministers agreed to resume expert consultations on the fishing dispute in the Varn Strait next month.</p>";

    private static Article Extract(string head, string article, string beforeArticle = "") =>
        ExtractionFixture.ExtractHtml($"<html><head><title>{Title} | Ostravian Courier</title>{head}</head><body>{beforeArticle}<article>{article}</article></body></html>");

    [Fact]
    public void Utc_timestamp_after_midnight_is_the_day_the_page_shows()
    {
        var article = Extract(
            "<meta property=\"article:published_time\" content=\"2024-03-05T02:11:03+00:00\">",
            $"<h1>{Title}</h1><time datetime=\"2024-03-04T21:11:03-05:00\">March 4, 2024</time>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void Utc_timestamp_before_midnight_is_the_next_day_the_page_shows()
    {
        var article = Extract(
            "<meta property=\"article:published_time\" content=\"2024-03-04T23:00Z\"><meta property=\"article:modified_time\" content=\"2024-03-05T12:42Z\">",
            $"<h1>{Title}</h1><span class=\"meta\">5. März 2024</span>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 3, 5), article.Published?.Date);
    }

    [Fact]
    public void A_day_off_without_a_utc_timestamp_at_night_keeps_the_metadata()
    {
        // Noon UTC is the same day almost everywhere: a shown date one day later is something else.
        var article = Extract(
            "<meta property=\"article:published_time\" content=\"2024-03-04T12:00:00Z\">",
            $"<h1>{Title}</h1><span>5 March 2024</span>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void Metadata_restamped_on_an_edit_yields_to_the_earlier_shown_date()
    {
        var article = Extract(
            "<meta property=\"og:article:published_time\" content=\"2024-03-06T09:49:32+0000\">",
            $"<div class=\"header-date\">March 4, 2024 / 12:25 PM / Updated 2 days ago</div><h1>{Title}</h1>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void A_shown_date_weeks_before_the_metadata_is_not_taken()
    {
        var article = Extract(
            "<meta property=\"article:published_time\" content=\"2024-03-20T09:00:00+01:00\">",
            $"<h1>{Title}</h1><p>1 March 2024</p>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 3, 20), article.Published?.Date);
    }

    [Fact]
    public void A_bare_date_meta_yields_to_the_later_release_date_the_page_shows()
    {
        var article = Extract(
            "<meta name=\"date\" content=\"2023-12-20T11:02:44+01:00\">",
            $"<h1>{Title}</h1><span class=\"date\">27.01.2024</span>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 1, 27), article.Published?.Date);
    }

    [Fact]
    public void An_explicit_publication_meta_is_kept_against_a_later_shown_date()
    {
        var article = Extract(
            "<meta property=\"article:published_time\" content=\"2023-12-20T11:02:44+01:00\">",
            $"<h1>{Title}</h1><span class=\"date\">27.01.2024</span>" + Paragraphs);

        Assert.Equal(new DateOnly(2023, 12, 20), article.Published?.Date);
    }

    [Fact]
    public void A_shown_date_equal_to_the_modified_date_is_an_update_stamp()
    {
        var article = Extract(
            "<meta name=\"date\" content=\"2024-01-25T14:45:00+01:00\"><meta property=\"article:modified_time\" content=\"2024-01-26T14:30:00+01:00\">",
            $"<h1>{Title}</h1><div>Friday, 26.01.2024 - 14:30</div>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 1, 25), article.Published?.Date);
    }

    [Fact]
    public void The_site_clock_above_the_article_is_not_a_shown_date()
    {
        var article = Extract(
            "<meta name=\"date\" content=\"2017-05-01T17:05:00+0200\">",
            $"<h1>{Title}</h1>" + Paragraphs,
            "<div><h1><a href=\"/\">Ostravian Courier</a></h1><span class=\"site-date\">Mittwoch, 26.02.2020</span></div>");

        Assert.Equal(new DateOnly(2017, 5, 1), article.Published?.Date);
    }

    [Fact]
    public void An_event_date_opening_the_lead_is_not_a_shown_date()
    {
        var article = Extract(
            "<meta property=\"article:published_time\" content=\"2023-11-06T13:10:22.000Z\">",
            $"<h1>{Title}</h1><p>Am Sonntag, 5. November 2023, kurz nach 21 Uhr, wurde die <a href=\"/police\">Polizei</a> zur Meerenge gerufen, wo zwei Boote kollidiert waren.</p>" + Paragraphs);

        Assert.Equal(new DateOnly(2023, 11, 6), article.Published?.Date);
    }

    [Fact]
    public void Time_in_the_meta_box_aside_under_the_headline()
    {
        var article = Extract(
            "<meta name=\"Date\" content=\"2024-1-26T14:32:06+02:00\">",
            $"<h1>{Title}</h1><aside class=\"meta\"><p><time datetime=\"2024-01-21\">21.01.2024 - 13:30</time></p></aside>" + Paragraphs);

        Assert.Equal(new DateOnly(2024, 1, 21), article.Published?.Date);
    }

    [Fact]
    public void Headline_found_when_the_title_punctuates_it_differently()
    {
        var article = ExtractionFixture.ExtractHtml(
            "<html><head><title>Strait talks: Darro and Quist agree | Ostravian Courier</title><meta name=\"date\" content=\"2024-03-06T11:52:23\"></head><body>" +
            "<h3>Ostravian Courier</h3><div><h1><span>Strait talks</span> <span>Darro and Quist agree</span></h1><p><span class=\"stand\">Stand: 04.03.2024 18:00 Uhr</span></p>" + Paragraphs + "</div></body></html>");

        Assert.Equal(new DateOnly(2024, 3, 4), article.Published?.Date);
    }

    [Fact]
    public void Date_split_over_spans_beside_the_headline()
    {
        var article = ExtractionFixture.ExtractHtml(
            "<html><head><title>Darro and Quist talk</title></head><body><div class=\"post\"><div class=\"datum\"><span class=\"m\">Feb</span> <span class=\"d\">18</span><span class=\"y\">2009</span></div>" +
            $"<h1>{Title}</h1>" + Paragraphs + "</div></body></html>");

        Assert.Equal(new DateOnly(2009, 2, 18), article.Published?.Date);
    }
}
