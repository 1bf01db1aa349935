using Readout.Annotation;
using Readout.Annotation.Actors;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// People named by dotted initials or a nun's title, abbreviated countries, towns in price tables, places after a
/// compass word or a locative, and scorers whose minute the line leaves out. All names are invented.
/// </summary>
public sealed class InitialsTitlesAndTableTownTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void Dotted_initials_open_a_persons_name()
    {
        var a = Fixture.Annotate("Former president F.K. Marwend said the talks would go on .");
        Assert.Equal(["F.K. Marwend"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_clubs_initials_open_no_persons_name()
        => Assert.Empty(Texts(Fixture.Annotate("F.C. Tollbrook beat them on Sunday ."), MentionKind.Person));

    [Fact]
    public void An_initial_before_a_country_abbreviates_the_country()
    {
        var annotator = new Annotator(["Ostravia|N. Ostravia\tOstravian|Ostravians\tTarsk"]);
        var a = annotator.Annotate(new Article { Path = "t", Body = "N. Ostravia beat Velmora 2-1 ." });
        Assert.Empty(Texts(a, MentionKind.Person));
        Assert.Contains("N. Ostravia", Texts(a, MentionKind.Place));
    }

    [Fact]
    public void A_given_name_before_a_one_word_place_makes_the_place_a_surname()
    {
        var a = Fixture.Annotate("\" We are investigating , \" said Wayne Tarsk , a spokesman .\nHe flew to Tarsk on Monday .");
        Assert.Equal(["Wayne Tarsk"], Texts(a, MentionKind.Person));
        Assert.Equal(["Tarsk"], Texts(a, MentionKind.Place));
    }

    [Fact]
    public void An_office_holder_the_actor_dictionary_lists_is_a_person_without_other_cue()
    {
        const string Body = "Talks with Quessel Hosmark ended late .";
        var listed = new Annotator(new ActorDictionary(["Quessel Hosmark\tPrime Minister\tOstravia\t1990\t"]));
        Assert.Contains("Quessel Hosmark", Texts(listed.Annotate(new Article { Path = "t", Body = Body }), MentionKind.Person));
        Assert.Empty(Texts(new Annotator(ActorDictionary.Empty).Annotate(new Article { Path = "t", Body = Body }), MentionKind.Person));
    }

    [Fact]
    public void A_nuns_title_stays_in_her_name()
    {
        var a = Fixture.Annotate("Mother Angelica spent her birthday in a Tarsk hospital .");
        Assert.Equal(["Mother Angelica"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_town_and_its_postal_code_open_a_price_table_row()
    {
        var a = Fixture.Annotate("Prices by town :\nQuarrytown MT 4.62 up .01\nHollin Ford WA 5.13 up .02 --- ---");
        Assert.Equal(["Quarrytown", "MT", "Hollin Ford", "WA"], Texts(a, MentionKind.Place));
    }

    [Fact]
    public void A_postal_code_in_running_text_is_left_alone()
        => Assert.DoesNotContain("OR", Texts(Fixture.Annotate("Either the council OR the board will decide ."), MentionKind.Place));

    [Theory]
    [InlineData("The governor of north Vostrany and his deputy met on Friday .", "Vostrany")]
    [InlineData("Refugees returned to homes in Karina , a village near the line .", "Karina")]
    public void A_compass_word_or_a_locative_before_an_unknown_name_makes_it_a_place(string body, string place)
        => Assert.Contains(place, Texts(Fixture.Annotate(body), MentionKind.Place));

    [Fact]
    public void A_word_after_a_locative_is_no_speaker()
        => Assert.Empty(Texts(Fixture.Annotate("A police spokesman in Quessant told reporters the road was shut ."), MentionKind.Person));

    [Fact]
    public void Scorers_are_people_where_the_line_breaks_before_their_minute()
    {
        var a = Fixture.Annotate("Dortvik 2 ( Quillorat 24th , Brandvik\n60th ) Tollbrook 1 ( Hosmark\n75th )");
        Assert.Contains("Brandvik", Texts(a, MentionKind.Person));
        Assert.Contains("Hosmark", Texts(a, MentionKind.Person));
    }
}
