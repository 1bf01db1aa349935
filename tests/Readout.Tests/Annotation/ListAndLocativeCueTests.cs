using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// People named in lists and by their age, and places the gazetteer does not know, found where only a place can
/// stand (after "in", a venue line, a town's abbreviated state). All names are invented.
/// </summary>
public sealed class ListAndLocativeCueTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_list_of_mostly_people_makes_its_bare_names_people()
    {
        var a = Fixture.Annotate("Squad : Thomas Brandvik , Anna Ferrovik , Quessant , Paulo Marwend , Hosmund");
        Assert.Equal(["Thomas Brandvik", "Anna Ferrovik", "Quessant", "Paulo Marwend", "Hosmund"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_list_of_places_gives_no_people()
    {
        var a = Fixture.Annotate("Talks were held in Paris , Berlin , Quessant and Madrid .");
        Assert.Empty(Texts(a, MentionKind.Person));
    }

    [Theory]
    [InlineData("Marwendsk , 34 , was arrested on Monday .", "Marwendsk")]
    [InlineData("Police found Tarn Quel Hosmund , 40 , in a flat .", "Tarn Quel Hosmund")]
    [InlineData("Scorers : Quillorat ( 54th )", "Quillorat")]
    public void An_age_or_a_minute_after_a_name_makes_it_a_person(string body, string person)
        => Assert.Equal([person], Texts(Fixture.Annotate(body), MentionKind.Person));

    [Fact]
    public void A_word_the_text_writes_in_lower_case_is_no_surname()
    {
        var a = Fixture.Annotate("Gendarmerie said two men were held .\nThe gendarmerie gave no names .");
        Assert.Empty(Texts(a, MentionKind.Person));
    }

    [Fact]
    public void An_unknown_town_after_in_is_a_place_through_the_document()
    {
        var a = Fixture.Annotate("Refugees rallied in Vostrany on Sunday .\nThe mayor of Vostrany said they would return .");
        Assert.Equal(["Vostrany", "Vostrany"], Texts(a, MentionKind.Place));
    }

    [Theory]
    [InlineData("Stocks fell , said an analyst at Quellbrook on Monday .")]
    [InlineData("They met in Tollbrook talks .")]
    public void An_employer_or_an_adjective_after_a_locative_is_no_place(string body)
        => Assert.DoesNotContain(Texts(Fixture.Annotate(body), MentionKind.Place), p => p.StartsWith("Quellbrook") || p.StartsWith("Tollbrook"));

    [Fact]
    public void A_venue_opening_a_results_line_is_a_place()
    {
        var a = Fixture.Annotate("At Harlund Park : Ostravia 305-5");
        Assert.Contains("Harlund Park", Texts(a, MentionKind.Place));
    }

    [Fact]
    public void A_town_with_its_abbreviated_state_is_a_place_and_so_is_the_state()
    {
        var a = Fixture.Annotate("The plant will be built in Quarrytown , Ill . next year .");
        Assert.Equal(["Quarrytown", "Ill"], Texts(a, MentionKind.Place));
    }
}
