using Readout.Annotation;
using Readout.Annotation.Actors;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// A person the text names with a role but no country ("Presidents Dmitri Valkov and Joe Marden") takes the country
/// from the actor dictionary, but only from a tenure of the same office held at the document's date (invented
/// Ostravia and Velmora).
/// </summary>
public sealed class DictionaryCountryTests
{
    private static readonly string[] UserFile =
    [
        "Dmitri Valkov\tPresident\tOstravia\t2010-03-01\t2014-06-30",
        "Dmitri Valkov\tMinister of Foreign Affairs\tOstravia\t2014-07-01\t2018",
        "Joe Marden\tVice-President\tVelmora\t2009\t2013",
        "Irena Sokolova\tMinister of Defense\tVelmora\t2011\t",
    ];

    private static readonly Annotator Annotator = new(
        ["Ostravia\tOstravian|Ostravians\tTarsk", "Velmora\tVelmoran|Velmorans\tLisk"],
        new ActorDictionary(UserFile, ActorDictionary.Empty));

    [Fact]
    public void An_agreeing_office_at_the_date_gives_the_country_and_keeps_the_text_role()
    {
        var valkov = Annotate("After the call between Presidents Dmitri Valkov and Joe Marden, aides met.", new DateOnly(2012, 5, 1)).Person("Valkov");
        Assert.Equal("President", valkov.Role);
        Assert.Equal(RoleOrigin.Text, valkov.RoleSource!.Origin);
        Assert.Equal("Ostravia", valkov.Country);
        Assert.Equal(new RoleSource(RoleOrigin.Dictionary, new DateOnly(2010, 3, 1), new DateOnly(2014, 6, 30)), valkov.CountrySource);
    }

    [Theory]
    [InlineData("Foreign Minister Dmitri Valkov arrived.", 2016, "Valkov", "Ostravia")]
    [InlineData("Defence Minister Irena Sokolova arrived.", 2016, "Sokolova", "Velmora")]
    public void The_same_office_written_another_way_agrees(string body, int year, string person, string country)
    {
        var entity = Annotate(body, new DateOnly(year, 5, 1)).Person(person);
        Assert.Equal(country, entity.Country);
        Assert.Equal(RoleOrigin.Dictionary, entity.CountrySource!.Origin);
    }

    [Theory]
    [InlineData("Presidents Dmitri Valkov and Joe Marden spoke.", 2012, "Marden")]
    [InlineData("President Dmitri Valkov arrived.", 2016, "Valkov")]
    public void A_different_office_gives_no_country(string body, int year, string person)
    {
        var entity = Annotate(body, new DateOnly(year, 5, 1)).Person(person);
        Assert.Equal("President", entity.Role);
        Assert.Null(entity.Country);
        Assert.Null(entity.CountrySource);
    }

    [Fact]
    public void An_office_not_held_at_the_document_date_gives_no_country()
    {
        var valkov = Annotate("President Dmitri Valkov arrived.", new DateOnly(2005, 5, 1)).Person("Valkov");
        Assert.Null(valkov.Country);
        Assert.Null(valkov.CountrySource);
    }

    [Fact]
    public void A_country_the_text_gives_is_left_alone()
    {
        var valkov = Annotate("Velmoran President Dmitri Valkov arrived.", new DateOnly(2012, 5, 1)).Person("Valkov");
        Assert.Equal("President", valkov.Role);
        Assert.Equal("Velmora", valkov.Country);
        Assert.Null(valkov.CountrySource);
    }

    [Fact]
    public void An_undated_document_takes_the_latest_tenure_of_that_office_and_says_so()
    {
        var valkov = Annotate("President Dmitri Valkov arrived.", null).Person("Valkov");
        Assert.Equal("Ostravia", valkov.Country);
        Assert.True(valkov.CountrySource!.Undated);
    }

    private static Annotations Annotate(string body, DateOnly? published)
        => Annotator.Annotate(new Article
        {
            Path = "fixture.txt",
            Body = body,
            Published = published is { } d ? new DateEvidence(d, DateSource.Hint, 1) : null,
        });
}
