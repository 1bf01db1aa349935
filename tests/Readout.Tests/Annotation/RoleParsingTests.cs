namespace Readout.Tests.Annotation;

/// <summary>Role = the title words; country = the demonym/country before the title or "of Country" after it.</summary>
public sealed class RoleParsingTests
{
    [Theory]
    [InlineData("Ostravian Foreign Minister Dmitri Valkov arrived.", "Foreign Minister", "Ostravia")]
    [InlineData("Ostravia's Foreign Minister Dmitri Valkov arrived.", "Foreign Minister", "Ostravia")]
    [InlineData("President of Ostravia Dmitri Valkov arrived.", "President", "Ostravia")]
    [InlineData("Ostravian Secretary of State Dmitri Valkov arrived.", "Secretary of State", "Ostravia")]
    [InlineData("Ostravian opposition leader Dmitri Valkov arrived.", "opposition leader", "Ostravia")]
    [InlineData("Foreign Ministry Spokeswoman Dmitri Valkov arrived.", "Foreign Ministry Spokeswoman", null)]
    [InlineData("Dmitri Valkov, the Ostravian Secretary of State, arrived.", "Secretary of State", "Ostravia")]
    public void Title_and_country_are_read_from_the_text(string body, string role, string? country)
    {
        var valkov = Annotate(body).Person("Valkov");
        Assert.Equal(role, valkov.Role);
        Assert.Equal(country, valkov.Country);
        Assert.Equal("Dmitri Valkov", valkov.Name);
    }

    [Fact]
    public void A_plural_title_gives_each_named_person_the_role()
    {
        var a = Annotate("After the call between Presidents [Dmitri] Valkov and [Joe] Marden, aides met.");
        Assert.Equal("President", a.Person("Valkov").Role);
        Assert.Equal("President", a.Person("Marden").Role);
    }

    [Fact]
    public void A_role_given_once_belongs_to_the_entity()
    {
        var a = Annotate("Dmitri Valkov spoke first. Later, Ostravian President Dmitri Valkov spoke again. Valkov left.");
        var valkov = a.Person("Valkov");
        Assert.Equal("President", valkov.Role);
        Assert.Equal("Ostravia", valkov.Country);
    }

    private static Readout.Model.Annotations Annotate(string body) => Fixture.Annotate(body);
}
