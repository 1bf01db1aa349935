using Readout.Extraction.Html;

namespace Readout.Tests.Extraction;

/// <summary>
/// Furniture written as prose inside the article: prompts to the reader (subscribe, follow, log in, get the app,
/// share), page controls (viewer buttons, reading time, ad labels), the publisher's standing notes (disclaimers,
/// citations, cookie notices) and contact blocks after the story. The story's own sentences that use the same words
/// (reported speech, a country joining a union, a venue's address) stay.
/// </summary>
public sealed class HtmlPromptTests
{
    private const string Story = FictionalStory.Paragraphs;

    private static string Page(string body) => FictionalStory.PageWithArticle(body);

    [Theory]
    [InlineData("Lust auf mehr? Melde dich hier für unseren Newsletter an!")]
    [InlineData("Síguenos en Telegram y Twitter para recibir todas nuestras actualizaciones")]
    [InlineData("Get the latest news straight to your phone with the Portavel Courier app.")]
    [InlineData("If you’re already a subscriber, you can log in for immediate access to this story.")]
    [InlineData("Sie sind aktuell nicht eingeloggt.")]
    [InlineData("We want to hear what you think. Submit a letter to the editor.")]
    [InlineData("Seite teilen")]
    [InlineData("Be Sociable, Share!")]
    [InlineData("Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Twitter her.")]
    public void A_prompt_to_the_reader_is_furniture(string line) => Assert.True(CallToAction.IsPrompt(line));

    [Theory]
    [InlineData("Follow the money, the auditors told the Ostravian parliament on Monday.")]
    [InlineData("\"Sign up now,\" says the minister, urging you to join the ferry scheme.")]
    [InlineData("Belmaria hopes to become a member of the Varn Fisheries Union next year.")]
    [InlineData("You can subscribe to all three ferry passes separately, which costs more per month.")]
    [InlineData("Die Abgeordneten waren nicht eingeloggt, als die Abstimmung begann, sagte Darro.")]
    public void The_story_s_own_sentences_with_the_same_words_are_not_prompts(string line) =>
        Assert.False(CallToAction.IsPrompt(line));

    [Theory]
    [InlineData("Bild anzeigen Bild schließen", true)]
    [InlineData("Vergrößern Der Hafen von Portavel im Morgenlicht.", true)]
    [InlineData("Quellen ausblenden", true)]
    [InlineData("4 Min Read", true)]
    [InlineData("Anzeige, enthält Affiliate Links", true)]
    [InlineData("Werbung neuer Mitglieder für den Fischereiverband", false)]
    [InlineData("The ministers read for 4 minutes before the talks.", false)]
    public void A_control_s_label_is_furniture(string line, bool control) => Assert.Equal(control, ControlLine.IsControl(line));

    [Theory]
    [InlineData("Les opinions exprimées dans les blogs du Courrier n'engagent que leurs auteurs.", true)]
    [InlineData("(Alle Angaben ohne Gewähr)", true)]
    [InlineData("SUGGESTED CITATION Vell, Ana: The Varn Strait, Portavel Blog, 2020/4/09.", true)]
    [InlineData("This entry was posted on Monday and is filed under Ferries. You can follow any responses through the RSS feed.", true)]
    [InlineData("Informujemy, że korzystamy z cookies.", true)]
    [InlineData("Darro said \"we use cookies\" was the most read sentence on the ministry's site.", false)]
    [InlineData("The views of the two ministers differed on the ferry service.", false)]
    public void A_standing_note_of_the_publisher_is_furniture(string line, bool note) => Assert.Equal(note, FooterNote.IsNote(line));

    [Fact]
    public void Prompts_controls_and_notes_inside_the_article_go_and_the_story_stays()
    {
        var page = Page($"""
            <p>4 Min Read</p>
            {Story}
            <p>Bild anzeigen Bild schließen</p>
            <p>"Sign up now for the ferry pass," Quist told reporters in Portavel.</p>
            <p>Lust auf mehr? Melde dich hier für unseren Newsletter an!</p>
            <p>Les opinions exprimées dans ce blog n'engagent que leurs auteurs.</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.StartsWith("Ostravian Foreign Minister", body);
        Assert.EndsWith("Quist told reporters in Portavel.", body);
        foreach (var chrome in new[] { "Min Read", "Bild anzeigen", "Newsletter", "opinions" })
        {
            Assert.DoesNotContain(chrome, body);
        }
    }

    [Fact]
    public void A_page_that_is_only_a_prompt_keeps_it_rather_than_losing_its_text()
    {
        var body = ExtractionFixture.ExtractHtml(Page("<p>Sie sind aktuell nicht eingeloggt.</p>")).Body;

        Assert.Contains("nicht eingeloggt", body);
    }

    [Fact]
    public void A_contact_block_after_the_story_goes()
    {
        var page = Page($"""
            {Story}
            <p>The talks resume in Portavel next month, when the expert groups present their first joint report on the Varn Strait fishing grounds and the new ferry timetable for the coming summer season of the Portavel line.</p>
            <p>Ostravian Ferry Office</p>
            <p>Harbour Department</p>
            <p>Kaistraße 4, 12345 Portavel</p>
            <p>press@ferry-office.example</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("of the Portavel line.", body);
        Assert.DoesNotContain("Ferry Office", body);
    }

    [Fact]
    public void A_titled_contact_block_closing_the_page_goes()
    {
        var page = Page($"""
            {Story}
            <p>The talks resume in Portavel next month, when the expert groups present their first joint report on the Varn Strait fishing grounds and the new ferry timetable for the coming summer season of the Portavel line.</p>
            <p>Ihr Ansprechpartner für Pressefragen</p>
            <p>Ana Vell</p>
            <p>Telefon: +49 30 1234 5678</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.EndsWith("of the Portavel line.", body);
        Assert.DoesNotContain("Ana Vell", body);
    }

    [Fact]
    public void An_address_inside_the_story_stays()
    {
        var page = Page($"""
            <p>The trade fair opens in the harbour hall on 4 April, the organisers said, and the ministers will open it together.</p>
            <p>Harbour Hall</p>
            <p>Kaistraße 4, 12345 Portavel</p>
            <p>Tel. +49 30 1234 5678</p>
            {Story}
            <p>The talks resume in Portavel next month, when the expert groups present their first joint report on the Varn Strait fishing grounds and the new ferry timetable for the coming summer season of the Portavel line.</p>
            """);

        var body = ExtractionFixture.ExtractHtml(page).Body;

        Assert.Contains("12345 Portavel", body);
    }
}
