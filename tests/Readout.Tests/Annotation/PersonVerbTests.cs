using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// A two-word name no list knows is a person when it does what only a person does: a reporting verb behind an
/// auxiliary ("has confirmed") or a life event ("died"). All names are invented.
/// </summary>
public sealed class PersonVerbTests
{
    private static List<string> People(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Person).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("Ovrel Dastan has confirmed he will run in the final race of the season .", "Ovrel Dastan")]
    [InlineData("Ovrel Dastan died at the airport on May 9 during questioning by officials .", "Ovrel Dastan")]
    public void A_persons_verb_after_an_unknown_name_makes_a_person(string body, string person)
        => Assert.Contains(person, People(body));

    [Fact]
    public void An_auxiliary_before_a_common_verb_is_no_cue()
        => Assert.Empty(People("Ovrel Dastan has won the contract for the new bridge ."));
}
