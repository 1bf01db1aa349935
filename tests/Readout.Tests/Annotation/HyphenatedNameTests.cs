using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Hyphenated names: two given names joined into one ("Hans-Otto"), South Asian names joined by a particle
/// ("Karim-ul-Darvan"), a squad list headed by a label and a dash, and a name before a site word ("X airport"),
/// which is the site's. All people and places are invented.
/// </summary>
public sealed class HyphenatedNameTests
{
    private static List<string> People(Annotations a)
        => a.Mentions.Where(m => m.Kind == MentionKind.Person && !m.IsNominal).Select(m => m.Text).ToList();

    [Fact]
    public void Two_joined_given_names_open_a_name()
    {
        var a = Fixture.Annotate("His attorney , Hans-Otto Verkamp , spoke outside the courtroom on Friday .");
        Assert.Contains("Hans-Otto Verkamp", People(a));
    }

    [Fact]
    public void A_joined_word_that_is_no_given_name_opens_none()
    {
        var a = Fixture.Annotate("The Tarsk-Velmor Railway opened on Friday .");
        Assert.Empty(People(a));
    }

    [Fact]
    public void A_name_joined_by_a_particle_is_a_person()
    {
        var a = Fixture.Annotate("Rain stopped play after Karim-ul-Darvan reached his century .");
        Assert.Contains("Karim-ul-Darvan", People(a));
    }

    [Fact]
    public void A_place_joined_by_a_european_particle_is_no_person()
    {
        var a = Fixture.Annotate("Rain stopped play at Velbury-le-Marsh on Friday .");
        Assert.Empty(People(a));
    }

    [Fact]
    public void A_label_before_a_dash_heads_a_list_of_people()
    {
        var a = Fixture.Annotate("Defenders - Velmo Ostrak , Anna Corvell , Pavel Dorvane , Karl Zentrik .");
        Assert.Contains("Velmo Ostrak", People(a));
    }

    [Fact]
    public void A_name_before_a_site_word_is_the_site_not_a_person()
    {
        var a = Fixture.Annotate("The plane caught fire while landing at Karel Vostrik airport on Sunday .");
        Assert.Empty(People(a));
        Assert.Contains(a.Mentions, m => m.Kind == MentionKind.Place && m.Text == "Karel Vostrik");
    }
}
