using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Organisations and places key to canonical forms; demonyms and capitals point at their country.</summary>
public sealed class OrganizationAndPlaceTests
{
    [Theory]
    [InlineData("the Ostravian Foreign Ministry said")]
    [InlineData("the Foreign Ministry of Ostravia said")]
    [InlineData("the Ministry of Foreign Affairs of Ostravia said")]
    public void Country_ministries_share_a_key_in_any_word_order(string phrase)
        => Assert.Contains("org:ostravia-foreign-ministry", Fixture.Annotate($"On Monday {phrase} it was ready.").KeysOf(MentionKind.Organization));

    [Fact]
    public void News_agencies_and_shipped_organisations_are_found()
    {
        var a = Fixture.Annotate("The Velmoran Herald news agency reported, citing TASS, that the UN Security Council met.");
        var keys = a.KeysOf(MentionKind.Organization).ToList();
        Assert.Contains("org:velmoran-herald", keys);
        Assert.Contains("org:tass", keys);
        Assert.Contains("org:un-security-council", keys);
    }

    [Fact]
    public void Demonyms_and_country_aliases_key_to_the_country()
    {
        var a = Fixture.Annotate("Ostravian troops left. The Republic of Ostravia and the U.S. signed; joint Ostravian-US statements followed.");
        var places = a.Mentions.Where(m => m.Kind == MentionKind.Place).Select(m => m.EntityKey).Distinct().ToList();
        Assert.Equal(["place:ostravia", "place:united-states"], places);
    }

    [Fact]
    public void A_capital_is_a_city_after_a_locative_and_its_government_otherwise()
    {
        var a = Fixture.Annotate("Talks in Tarsk went well, but Tarsk rejected the proposal.");
        var keys = a.Mentions.Where(m => m.Kind == MentionKind.Place).Select(m => m.EntityKey).ToList();
        Assert.Equal(["place:tarsk", "place:ostravia"], keys);
    }
}
