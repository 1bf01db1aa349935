using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Organisations named by their context, not their form: a company by its market words, a club by its place in
/// a fixture or results line. Countries and market places keep their reading.
/// </summary>
public sealed class OrganizationCueTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("Traders said Brisko 's shares rose three percent on Tuesday.")]
    [InlineData("The pension fund sold its stake in Brisko last year.")]
    [InlineData("On Tuesday Brisko shares fell sharply.")]
    public void A_company_is_known_by_its_shares_and_stakes(string body)
        => Assert.Equal(["Brisko"], Organizations(body));

    [Theory]
    [InlineData("Other shares were slightly lower.")]
    [InlineData("Traders said Tarsk shares edged down in thin volume.")]
    public void Market_words_after_an_ordinary_word_or_a_place_name_no_company(string body)
        => Assert.Empty(Organizations(body));

    [Fact]
    public void Both_sides_of_a_fixture_are_clubs_but_a_country_is_its_national_side()
    {
        Assert.Equal(["Dortvik", "Ambrell", "Kessler", "Varnby"], Organizations("Playing Sunday : Dortvik v Ambrell , Kessler v Varnby"));
        Assert.Empty(Organizations("Friendly : Ostravia v Velmora"));
    }

    [Fact]
    public void A_team_follows_its_riders_country_in_a_results_line()
        => Assert.Equal(["Kestrix"], Organizations("1. Anna Varnel ( Ostravia ) Kestrix 1:54.342"));

    [Fact]
    public void Clubs_around_a_score_after_a_bracketed_country_but_not_a_golfers_rounds()
    {
        Assert.Equal(["Dinamo Dortvik", "Ambrell"], Organizations("In Tarsk : Dinamo Dortvik ( Ostravia ) 2 Ambrell"));
        Assert.Empty(Organizations("Tom Brask ( Ostravia ) 66 69 , Per Olund ( Velmora ) 70 71"));
    }

    [Fact]
    public void In_a_schedule_line_the_visitors_are_a_club_and_the_home_town_a_place()
    {
        var a = Fixture.Annotate("Games on Friday :\nDORTVIK AT TARSK");
        Assert.Equal(["DORTVIK"], a.Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text));
        Assert.Contains(a.Mentions, m => m.Kind == MentionKind.Place && m.Text == "TARSK");
    }
}
