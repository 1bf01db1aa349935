using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Organisations by the form of their names and lines (s6): names ending in a possessive, possessives inside a
/// name, the second side of a result line after its scorers, a country in a club league's results and a team's
/// nickname opening a sentence.
/// </summary>
public sealed class OrganizationNameFormTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void A_possessive_followed_by_no_owned_thing_is_part_of_the_name_throughout_the_document()
    {
        var orgs = Organizations("A court gave Brendel 's a reprieve on Tuesday .\nBrendel 's chairman welcomed the ruling .");
        Assert.Equal(["Brendel 's", "Brendel 's"], orgs);
    }

    [Fact]
    public void An_ordinary_possessive_or_an_eponymous_disease_is_no_possessive_name()
    {
        Assert.DoesNotContain("Brendel 's", Organizations("Brendel 's chairman welcomed the ruling ."));
        Assert.Empty(Organizations("Three of the children had Marvik 's disease .\nMarvik 's is rare ."));
    }

    [Fact]
    public void A_possessive_after_a_plural_stays_inside_the_name()
        => Assert.Contains("Velmoran Growers ' Union", Organizations("The Velmoran Growers ' Union called a strike ."));

    [Fact]
    public void The_side_after_a_scorer_list_is_a_club()
        => Assert.Equal(["Dortvik", "Ambrell"], Organizations("Dortvik 1 ( Varn 24th ) Ambrell 2 ( Kessler 3rd , Holm 80th ) ."));

    [Fact]
    public void A_country_in_a_club_league_is_a_club_but_national_sides_stay_places()
    {
        var league = Organizations("Dortvik 1 Ostravia 2\nAmbrell 0 Gresk 0\nKorlin 3 Brannock 1");
        Assert.Contains("Ostravia", league);
        Assert.DoesNotContain("Ostravia", Organizations("Ostravia 1 Velmora 2\nVelmora 3 Ostravia 0"));
    }

    [Fact]
    public void A_plural_nickname_opening_a_sentence_of_a_league_report_is_the_team()
        => Assert.Contains("Kestrels", Organizations("The Kestrels won their third straight game of the season ."));
}
