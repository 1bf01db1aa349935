using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Surname-only mentions resolve within the document to the full-name entity.</summary>
public sealed class SurnameResolutionTests
{
    [Fact]
    public void Bare_and_honorific_surnames_take_the_full_name_key()
    {
        var a = Fixture.Annotate("Foreign Minister Dmitri Valkov spoke with Sara Lindqvist.\n\nMr Valkov said the talks were useful. Valkov’s aide agreed.");
        var valkov = a.Person("Dmitri Valkov");
        Assert.Equal("person:dmitry-valkov", valkov.Key);
        Assert.Equal(3, a.Mentions.Count(m => m.EntityKey == valkov.Key));
        Assert.Single(a.Entities, e => e.Kind == MentionKind.Person && e.Name.Contains("Valkov", StringComparison.Ordinal));
    }

    [Fact]
    public void People_sharing_a_surname_stay_apart()
    {
        var a = Fixture.Annotate("President Joe Marden met his son Hunter Marden on Sunday. Joseph Marden said nothing.");
        var keys = a.KeysOf(MentionKind.Person).ToList();
        Assert.Contains("person:josef-marden", keys);
        Assert.Contains("person:hunter-marden", keys);
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public void A_misspelt_given_name_merges_with_the_correct_one()
    {
        var a = Fixture.Annotate("Ostravian Secretary of State Antony Quell called. Later, Anthony Quell displayed a willingness to talk.");
        Assert.Single(a.KeysOf(MentionKind.Person));
    }

    [Fact]
    public void A_role_nominal_resolves_to_the_holder_of_that_role()
    {
        var a = Fixture.Annotate("Ostravian Foreign Minister Dmitri Valkov called Sara Lindqvist. The minister expressed readiness for dialogue.");
        var nominal = a.Mentions.Single(m => m.Text == "The minister");
        Assert.Equal("person:dmitry-valkov", nominal.EntityKey);
    }
}
