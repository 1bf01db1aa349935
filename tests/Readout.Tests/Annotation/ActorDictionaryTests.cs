using Readout.Annotation;
using Readout.Annotation.Actors;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// When the text names a person but not their office, the actor dictionary gives the office held at the
/// document's date. A user's file (invented Ostravia, two holders of one office) extends the shipped one.
/// </summary>
public sealed class ActorDictionaryTests
{
    private static readonly string[] UserFile =
    [
        "# Ostravian heads of government",
        "Dmitri Valkov|Dmitry Valkoff\tPrime Minister\tOstravia\t2010-03-01\t2014-06-30",
        "Irena Sokolova\tPrime Minister\tOstravia\t2014-07-01\t",
        "Dmitri Valkov\tForeign Minister\tOstravia\t2014-07-01\t2018",
        "Pavel Valkov\tMayor of Tarsk\tOstravia\t2012\t2020",
    ];

    private static readonly Annotator Annotator = new(
        ["Ostravia|Republic of Ostravia\tOstravian|Ostravians\tTarsk"],
        new ActorDictionary(UserFile, ActorDictionary.Empty));

    [Theory]
    [InlineData(2012, "Prime Minister")]
    [InlineData(2016, "Foreign Minister")]
    public void The_office_held_at_the_document_date_is_taken(int year, string role)
    {
        var valkov = Annotate("Dmitri Valkov arrived in Velmora on Tuesday.", new DateOnly(year, 5, 1)).Person("Valkov");
        Assert.Equal(role, valkov.Role);
        Assert.Equal("Ostravia", valkov.Country);
        Assert.Equal(RoleOrigin.Dictionary, valkov.RoleSource!.Origin);
        Assert.False(valkov.RoleSource.Undated);
    }

    [Fact]
    public void Two_holders_of_one_office_are_told_apart_by_date()
    {
        var a = Annotate("Dmitri Valkov met Irena Sokolova.", new DateOnly(2015, 1, 10));
        Assert.Equal("Foreign Minister", a.Person("Valkov").Role);
        Assert.Equal("Prime Minister", a.Person("Sokolova").Role);
        Assert.Equal(new DateOnly(2014, 7, 1), a.Person("Sokolova").RoleSource!.From);
        Assert.Null(a.Person("Sokolova").RoleSource!.To);
    }

    [Fact]
    public void A_spelling_variant_finds_the_same_person()
    {
        var valkov = Annotate("Dmitry Valkoff arrived.", new DateOnly(2011, 1, 1)).Person("Valkoff");
        Assert.Equal("Prime Minister", valkov.Role);
        Assert.Equal(new DateOnly(2010, 3, 1), valkov.RoleSource!.From);
    }

    [Fact]
    public void The_role_the_text_gives_wins()
    {
        var valkov = Annotate("Ostravian Defence Minister Dmitri Valkov arrived.", new DateOnly(2012, 5, 1)).Person("Valkov");
        Assert.Equal("Defence Minister", valkov.Role);
        Assert.Equal(RoleOrigin.Text, valkov.RoleSource!.Origin);
    }

    [Fact]
    public void People_sharing_a_surname_stay_apart()
    {
        var a = Annotate("Pavel Valkov met Anton Valkov. Valkov said little.", new DateOnly(2013, 5, 1));
        Assert.Equal("Mayor of Tarsk", a.Person("Pavel").Role);
        var anton = a.Person("Anton");
        Assert.Null(anton.Role);
        Assert.Null(anton.RoleSource);
    }

    [Fact]
    public void Outside_every_tenure_no_role_is_given()
    {
        var valkov = Annotate("Dmitri Valkov arrived.", new DateOnly(2005, 1, 1)).Person("Valkov");
        Assert.Null(valkov.Role);
        Assert.Null(valkov.RoleSource);
    }

    [Fact]
    public void An_undated_document_takes_the_latest_office_and_says_so()
    {
        var valkov = Annotate("Dmitri Valkov arrived.", null).Person("Valkov");
        Assert.Equal("Foreign Minister", valkov.Role);
        Assert.True(valkov.RoleSource!.Undated);
    }

    [Fact]
    public void A_later_file_wins_over_an_earlier_one()
    {
        var corrected = new ActorDictionary(["Dmitri Valkov\tPresident\tOstravia\t2011\t2013"], new ActorDictionary(UserFile, ActorDictionary.Empty));
        Assert.True(corrected.TryFind(ActorDictionary.KeyOf("Dmitri Valkov")!, new DateOnly(2012, 1, 1), out var tenure, out _));
        Assert.Equal("President", tenure.Role);
        Assert.True(corrected.TryFind(ActorDictionary.KeyOf("Dmitri Valkov")!, new DateOnly(2010, 6, 1), out tenure, out _));
        Assert.Equal("Prime Minister", tenure.Role);
    }

    [Fact]
    public void The_shipped_dictionary_loads_and_knows_full_names_only()
    {
        Assert.True(ActorDictionary.Shared.Count > 10_000);
        Assert.Null(ActorDictionary.KeyOf("Valkov"));
    }

    private static Annotations Annotate(string body, DateOnly? published)
        => Annotator.Annotate(new Article
        {
            Path = "fixture.txt",
            Body = body,
            Published = published is { } d ? new DateEvidence(d, DateSource.Hint, 1) : null,
        });
}
