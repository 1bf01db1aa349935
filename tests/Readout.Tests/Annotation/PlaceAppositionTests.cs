using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Places the gazetteer lacks, found by what follows or precedes them in prose: the country in commas, an apposition
/// naming a kind of settlement, a settlement's noun before "of", a compass word or a geographic head beside a known
/// place, and a venue's head. All names are invented (Ostravia and Velmora are the fixture's countries).
/// </summary>
public sealed class PlaceAppositionTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("The letter came from Dravetz , Ostravia , last week .", "Dravetz")]
    [InlineData("Rebels took control of Morvel Harka , a small village in the hills .", "Morvel Harka")]
    [InlineData("The train was travelling near Quembridge , a small town on the river .", "Quembridge")]
    public void A_country_in_commas_or_a_settlement_apposition_makes_a_place(string body, string place)
        => Assert.Contains(place, Texts(Fixture.Annotate(body), MentionKind.Place));

    [Fact]
    public void A_given_name_after_a_settlements_noun_opens_the_place_not_a_person()
    {
        var a = Fixture.Annotate("The church in the small village of Karin Dolsk was destroyed .");
        Assert.Contains("Karin Dolsk", Texts(a, MentionKind.Place));
        Assert.Empty(Texts(a, MentionKind.Person));
    }

    [Theory]
    [InlineData("Rain fell in Western Ostravia on Monday .", "Western Ostravia")]
    [InlineData("Talks across the Velmora Strait resumed .", "Velmora Strait")]
    [InlineData("The ferry left for the Harrow Islands on Monday .", "Harrow Islands")]
    public void A_compass_word_or_a_geographic_head_joins_the_place(string body, string place)
        => Assert.Equal([place], Texts(Fixture.Annotate(body), MentionKind.Place));

    [Fact]
    public void A_compass_word_before_a_town_heading_a_score_is_left_to_the_clubs()
        => Assert.DoesNotContain("North Tarsk", Texts(Fixture.Annotate("North Tarsk 14.12 ( 96 ) Harwell 16.13 ( 109 )"), MentionKind.Place));

    [Fact]
    public void A_venue_head_lets_a_given_name_open_a_place()
    {
        var a = Fixture.Annotate("Velmora declared at Trent Dorsley Bridge , before rain stopped play .");
        Assert.Contains("Trent Dorsley Bridge", Texts(a, MentionKind.Place));
        Assert.Empty(Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_person_in_commas_before_a_role_stays_a_person()
    {
        var a = Fixture.Annotate("The deal was signed by Tomas Velkor , Ostravia 's envoy , on Monday .");
        Assert.Equal(["Tomas Velkor"], Texts(a, MentionKind.Person));
    }
}
