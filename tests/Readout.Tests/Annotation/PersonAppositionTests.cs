using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// People with unknown names found by a person's word set off by commas beside them, by an honorific such as
/// "Lord", or as a faith's deity. All names are invented.
/// </summary>
public sealed class PersonAppositionTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("Voters heard Enn Markvist , chairman of the election board , on Monday .", "Enn Markvist")]
    [InlineData("He will be replaced by Ulmo Dravek , a former Ostravian envoy to Velmora .", "Ulmo Dravek")]
    [InlineData("Ostravia 's envoy , Mothu Kessane , said the talks would resume .", "Mothu Kessane")]
    [InlineData("Harko Zeltin and his wife , Jetsi Marrow Koers , were abducted .", "Jetsi Marrow Koers")]
    public void A_person_word_in_commas_beside_an_unknown_run_makes_it_a_person(string body, string person)
        => Assert.Contains(person, Texts(Fixture.Annotate(body), MentionKind.Person));

    [Theory]
    [InlineData("Velkor Mining , the biggest employer in Tarsk , said output fell .")]
    [InlineData("Dravetz Holdings , a supplier of steel , said output fell .")]
    public void A_firm_described_in_commas_is_no_person(string body)
        => Assert.Empty(Texts(Fixture.Annotate(body), MentionKind.Person));

    [Fact]
    public void Lord_is_an_honorific_outside_the_name()
        => Assert.Equal(["Goschwin"], Texts(Fixture.Annotate("\" It is sound , \" Lord Goschwin , minister for aviation , said ."), MentionKind.Person));

    [Theory]
    [InlineData("We do not want a war , God forbid .", "God")]
    [InlineData("They prayed in the name of Jesus on Sunday .", "Jesus")]
    public void A_deity_is_named_like_a_person(string body, string person)
        => Assert.Equal([person], Texts(Fixture.Annotate(body), MentionKind.Person));

    [Fact]
    public void An_all_caps_headline_word_is_no_deity()
        => Assert.Empty(Texts(Fixture.Annotate("GOD SAVE THE HARVEST IN TARSK ."), MentionKind.Person));
}
