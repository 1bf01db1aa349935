using Readout.Annotation.Entities;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Countries the gazetteer does not know are read off a demonym standing before a title or a government-type
/// head; the bare country name then counts as a place for the rest of the document. (Belmaria, Karvonia,
/// Valdea and Quendera are invented and, unlike Ostravia, never registered with the gazetteer.)
/// </summary>
public sealed class DemonymFallbackTests
{
    [Theory]
    [InlineData("Ostravian", "Ostravia")]
    [InlineData("Belmarian", "Belmaria")]
    [InlineData("Karvonian", "Karvonia")]
    [InlineData("Valdean", "Valdea")]
    [InlineData("Quenderan", "Quendera")]
    [InlineData("Tarvese", null)]
    [InlineData("Doran", null)]
    [InlineData("Humanitarian", null)]
    [InlineData("Republican", null)]
    public void Morphology_derives_the_country(string demonym, string? country)
        => Assert.Equal(country, DemonymFallback.Derive(demonym));

    [Theory]
    [InlineData("Belmarian Foreign Secretary Edwin Larcombe arrived.", "Larcombe", "Foreign Secretary", "Belmaria")]
    [InlineData("Karvonian President Ilse Marrow arrived.", "Marrow", "President", "Karvonia")]
    [InlineData("Edwin Larcombe, the Belmarian Foreign Secretary, arrived.", "Larcombe", "Foreign Secretary", "Belmaria")]
    [InlineData("Valdean opposition leader Petra Holm arrived.", "Holm", "opposition leader", "Valdea")]
    [InlineData("Quenderan Prime Minister Tomas Reyk arrived.", "Reyk", "Prime Minister", "Quendera")]
    [InlineData("Ostravian Foreign Minister Andrey Valkov arrived.", "Valkov", "Foreign Minister", "Ostravia")]
    public void A_demonym_before_a_title_gives_the_country(string body, string person, string role, string country)
    {
        var p = Fixture.Annotate(body).Person(person);
        Assert.Equal(role, p.Role);
        Assert.Equal(country, p.Country);
    }

    [Fact]
    public void An_ese_demonym_stays_unresolved()
    {
        var p = Fixture.Annotate("Tarvese Foreign Minister Lena Okoro arrived.").Person("Okoro");
        Assert.Equal("Foreign Minister", p.Role);
        Assert.Null(p.Country);
    }

    [Theory]
    [InlineData("Russian Foreign Minister Andrey Valkov arrived.", "Russia")]
    [InlineData("American Secretary of State Andrey Valkov arrived.", "United States")]
    public void Real_demonyms_come_from_the_gazetteer(string body, string country)
        => Assert.Equal(country, Fixture.Annotate(body).Person("Valkov").Country);

    [Fact]
    public void The_derived_country_name_is_learned_as_a_place()
    {
        var a = Fixture.Annotate("Belmaria hosted the talks. Belmarian Foreign Secretary Edwin Larcombe met the press in Belmaria.");
        var places = a.Mentions.Where(m => m.Kind == MentionKind.Place).ToList();
        Assert.Equal(3, places.Count(m => m.EntityKey == "place:belmaria"));
        Assert.Contains(places, m => m.Text == "Belmaria");
        Assert.Equal("Belmaria", a.FindEntity("place:belmaria")!.Name);
        Assert.DoesNotContain(a.Entities, e => e.Kind == MentionKind.Person && e.Name.Contains("Belmaria", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the Karvonian Foreign Ministry said")]
    [InlineData("the Foreign Ministry of Karvonia said, as the Karvonian government")]
    public void A_demonym_before_a_ministry_or_government_qualifies_the_organisation(string phrase)
        => Assert.Contains("org:karvonia-foreign-ministry", Fixture.Annotate($"On Monday {phrase} it was ready.").KeysOf(MentionKind.Organization));

    [Fact]
    public void A_demonym_before_lowercase_government_is_a_place()
    {
        var a = Fixture.Annotate("The Karvonian government said Karvonia was ready.");
        Assert.Equal(["place:karvonia", "place:karvonia"], a.Mentions.Where(m => m.Kind == MentionKind.Place).Select(m => m.EntityKey));
    }

    [Fact]
    public void Without_a_title_or_government_an_unknown_word_is_not_a_country()
    {
        var a = Fixture.Annotate("Belmarian troops left. Dorian Vance said the Humanitarian Coordinator Ada Sorel agreed.");
        Assert.DoesNotContain(a.Entities, e => e.Kind == MentionKind.Place);
        Assert.Null(a.Person("Sorel").Country);
    }
}
