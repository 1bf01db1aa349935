using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// The shipped surname list as a weak cue for people named with no title or known given name, and the words before a
/// bare surname that belong to it (a sentence's unknown first word, particles). People and places are invented; the
/// surnames are common family names from the list.
/// </summary>
public sealed class SurnameListTests
{
    private static List<string> People(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Person).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("The talks were chaired by Orvik Lindqvist of the budget office .", "Orvik Lindqvist")]
    [InlineData("Tarsk signed a deal with Tevlan Kowalczyk last month .", "Tevlan Kowalczyk")]
    public void An_unknown_word_before_a_listed_surname_is_its_given_name(string body, string person)
        => Assert.Contains(person, People(body));

    [Theory]
    [InlineData("Although Nieminen spoke of reform , the bill failed .")]
    [InlineData("Joining Zanetti in the squad is a newcomer .")]
    public void A_clause_opener_before_a_listed_surname_is_no_given_name(string body)
        => Assert.DoesNotContain(People(body), p => p.Contains(' '));

    [Fact]
    public void An_unknown_pair_without_a_listed_surname_is_left_alone()
        => Assert.Empty(People("The talks were chaired by Orvik Quessandrel of the budget office ."));

    [Fact]
    public void A_listed_surname_opening_a_clause_before_a_sports_verb_is_a_person()
        => Assert.Contains("Ferreira", People("Ferreira missed the first test with a back injury ."));

    [Fact]
    public void A_sentence_opening_word_before_a_found_surname_joins_the_name()
    {
        // "Quorvan Madrekski" at a sentence start has no cue; the later "Madrekski said" finds the surname.
        var people = People("Quorvan Madrekski is the new chairman of the Tarsk board .\nThe chairman , Madrekski said , would stay .");
        Assert.Equal(["Quorvan Madrekski", "Madrekski"], people);
    }

    [Theory]
    [InlineData("Tarsk levelled through de Heldoorn 80th .", "de Heldoorn")]
    [InlineData("Ambrell had lobbed van der Heldoorn , who was off his line .", "van der Heldoorn")]
    public void Particles_before_a_bare_surname_belong_to_it(string body, string person)
        => Assert.Contains(person, People(body));
}
