using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Organisations named by the words around them and by sports slots: what companies and media do, what only
/// clubs have, a player's bracketed club, and a town read as its club through a sports report. Places keep their
/// reading where the text is about the place.
/// </summary>
public sealed class OrganizationContextTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("Brisko reported a rise in first-half profit.")]
    [InlineData("A Brisko spokesman declined to comment.")]
    [InlineData("The report was printed by the daily Brisko on Monday.")]
    [InlineData("The minister told Brisko that talks would resume.")]
    public void Company_and_media_words_name_an_organisation(string body)
        => Assert.Equal(["Brisko"], Organizations(body));

    [Fact]
    public void A_place_keeps_its_reading_beside_company_words()
        => Assert.Empty(Organizations("An Ostravia spokesman said the border was open."));

    [Fact]
    public void A_players_bracketed_club_is_an_organisation_but_a_country_is_not()
    {
        var orgs = Organizations("Defenders - Marc Varnel ( Dortvik ) , Anna Brask ( Ostravia ) .");
        Assert.Equal(["Dortvik"], orgs);
    }

    [Fact]
    public void A_team_with_a_single_score_is_a_club_but_a_player_with_set_scores_is_not()
    {
        Assert.Equal(["Kestrel"], Organizations("Kestrel win 4-2 on aggregate ."));
        Assert.Empty(Organizations("Jon Brask beat Per Olund 6-4 6-3 ."));
    }

    [Fact]
    public void A_town_named_as_a_club_once_is_the_club_elsewhere_in_the_report_but_not_after_in()
    {
        var a = Fixture.Annotate("Tarsk striker Jon Brask scored twice .\nTarsk have won three games . The match was played in Tarsk .");
        var tarsk = a.Mentions.Where(m => m.Text == "Tarsk").Select(m => m.Kind).ToList();
        Assert.Equal([MentionKind.Organization, MentionKind.Organization, MentionKind.Place], tarsk);
    }

    [Fact]
    public void A_club_named_before_its_town_is_not_a_person_in_a_results_line()
        => Assert.Contains("Gloria Tarsk", Organizations("Gloria Tarsk 2 Kestrel Velm 1"));

    [Fact]
    public void A_cricket_total_after_the_venue_names_the_county_side()
        => Assert.Equal(["Brendshire"], Organizations("At Velm : Brendshire 305-5 ( J. Olund 66 not out )"));

    [Theory]
    [InlineData("the Council of Velmoran Churches met", "Council of Velmoran Churches")]
    [InlineData("the Truth and Reconciliation Commission said", "Truth and Reconciliation Commission")]
    [InlineData("A Finance Ministry official said", "Finance Ministry")]
    public void Organisation_spans_take_their_of_tail_and_joined_words_but_not_a_leading_article(string body, string expected)
        => Assert.Contains(expected, Organizations(body));
}
