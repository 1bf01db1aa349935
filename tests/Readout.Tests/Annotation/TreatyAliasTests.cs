using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Acronym and long forms of a treaty share one key, across documents too.</summary>
public sealed class TreatyAliasTests
{
    [Theory]
    [InlineData("the New START Treaty", "the New Strategic Arms Reduction Treaty")]
    [InlineData("New START", "the New START Treaty")]
    [InlineData("the INF Treaty", "the Intermediate-Range Nuclear Forces Treaty")]
    [InlineData("the Open Skies Treaty", "the Treaty on Open Skies")]
    public void Shipped_aliases_merge_forms_across_documents(string a, string b)
        => Assert.Equal(TreatyKey($"Ostravia welcomed {a} yesterday."), TreatyKey($"Velmora left {b} in 2019."));

    [Fact]
    public void Strict_initials_of_a_long_prefix_form_give_the_acronym_key()
        => Assert.Equal(TreatyKey("They signed the TLDR Treaty."), TreatyKey("They signed the Tarsk Lake Demilitarisation Region Treaty."));

    [Fact]
    public void X_Treaty_and_Treaty_on_X_agree()
        => Assert.Equal(TreatyKey("The Azure Waters Treaty expired."), TreatyKey("Ostravia quit the Treaty on Azure Waters."));

    [Fact]
    public void An_acronym_spelled_by_word_prefixes_merges_within_a_document()
    {
        var a = Fixture.Annotate("Ostravia backed the Strategic Ocean Protection Treaty. Velmora said STOPT was weak.");
        Assert.Single(a.KeysOf(MentionKind.Treaty).Distinct());
    }

    [Fact]
    public void The_entity_name_is_the_longest_form()
    {
        var a = Fixture.Annotate("New START expires soon. The New Strategic Arms Reduction Treaty was signed in 2010.");
        var treaty = a.Entities.Single(e => e.Kind == MentionKind.Treaty);
        Assert.Equal("treaty:new-start", treaty.Key);
        Assert.Equal("New Strategic Arms Reduction Treaty", treaty.Name);
    }

    private static string TreatyKey(string body) => Fixture.Annotate(body).KeysOf(MentionKind.Treaty).Single();
}
