using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// People and places named without a known given name or a gazetteer entry: a word for a person before the name,
/// a byline, a lone given name of someone named in full, a site's noun after a place. All names are invented.
/// </summary>
public sealed class PersonNounAndSiteTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("The fire was out , said spokesman Yorvel Strandquist , adding that nobody was hurt .", "Yorvel Strandquist")]
    [InlineData("Tarsk were level until keeper Andrik Wolosz dropped the ball .", "Andrik Wolosz")]
    [InlineData("Velmoran coached by Pole Wojtar Lazarik won again .", "Wojtar Lazarik")]
    [InlineData("The kidnappers also held his wife Jetka Korsvel for a week .", "Jetka Korsvel")]
    public void A_word_for_a_person_before_an_unknown_name_makes_it_a_person(string body, string person)
        => Assert.Contains(person, Texts(Fixture.Annotate(body), MentionKind.Person));

    [Theory]
    [InlineData("The defending world champion Tarsk Ravens won again .")]
    [InlineData("The issue was arranged by lead manager Quolvin Brothers International .")]
    public void A_town_led_club_or_a_lead_manager_is_no_person(string body)
        => Assert.Empty(Texts(Fixture.Annotate(body), MentionKind.Person));

    [Fact]
    public void A_playing_position_before_a_lone_name_marks_a_player()
    {
        var a = Fixture.Annotate("Velmoran midfielder Quessano and Ambrell defender Narvico were both substituted .");
        Assert.Equal(["Quessano", "Narvico"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_byline_after_a_double_dash_names_its_writer()
    {
        var a = Fixture.Annotate("Shares in Tarsk closed higher on Monday .\n-- Dimitar Kovolankis , Tarsk Newsroom +30 1 331 1812");
        Assert.Contains("Dimitar Kovolankis", Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_lone_given_name_is_the_one_person_named_in_full_with_it()
    {
        var a = Fixture.Annotate("Police searched for Julie Brannoch and Melissa Varrick last year .\nJulie and Melissa were held in a cellar .");
        var people = a.Mentions.Where(m => m.Kind == MentionKind.Person).ToList();
        Assert.Equal(4, people.Count);
        Assert.Equal(people[0].EntityKey, people[2].EntityKey);
        Assert.Equal(people[1].EntityKey, people[3].EntityKey);
    }

    [Fact]
    public void A_surname_whose_spelling_folds_is_still_found_alone()
    {
        // "Ph" folds to "f" in keys; the bare surname must still be matched.
        var a = Fixture.Annotate("Unseeded Mark Phelodrassis beat the holder .\nPhelodrassis saved a match point in the third set .");
        Assert.Equal(["Mark Phelodrassis", "Phelodrassis"], Texts(a, MentionKind.Person));
    }

    [Theory]
    [InlineData("The hijacked plane landed at Quarnsted airport before dawn .", "Quarnsted")]
    [InlineData("Output from the Helvrun oilfield fell in July .", "Helvrun")]
    public void A_name_before_a_site_noun_is_a_place(string body, string place)
        => Assert.Equal([place], Texts(Fixture.Annotate(body), MentionKind.Place));

    [Fact]
    public void Oceans_and_world_regions_are_places()
    {
        var places = Texts(Fixture.Annotate("The boat was lost off the Pacific coast with Midwest tourists on board ."), MentionKind.Place);
        Assert.Contains("Pacific", places);
        Assert.Contains("Midwest", places);
    }
}
