using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// A table's column says what its names are: a poll header's columns are parties, a fixture's vessel and charterer
/// firms, a scorers line's side a club, a results line's ground a place, a constructors' standings row a team.
/// </summary>
public sealed class TableColumnTests
{
    private static List<string> Organizations(string body) => Of(body, MentionKind.Organization);

    private static List<string> Places(string body) => Of(body, MentionKind.Place);

    private static List<string> Of(string body, MentionKind kind)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_poll_header_is_read_before_its_acronyms_and_its_month_names_nothing()
    {
        const string polls = "Latest opinion polls on Ostravian parties :\nJULY 1996 KVP / LSU DPV Greens VLP\nVelstat July 7 39.0 32.0 7.0 11.0";
        var parties = Organizations(polls);
        Assert.Contains("KVP / LSU", parties);
        Assert.DoesNotContain("KVP", parties);
        Assert.DoesNotContain("JULY", parties);
    }

    [Fact]
    public void A_row_of_bare_vote_shares_is_an_election_result_under_its_parties()
    {
        Assert.Contains("Greens", Organizations("Official results of the last general election :\nKVP / LSU DPV Greens VLP\n41.5 36.4 6.9 7.3"));
        Assert.DoesNotContain("Profit", Organizations("Velcor results , in millions :\nSales Profit Dividend\n234 12 4")); // sums, not shares
    }

    [Fact]
    public void A_charter_fixture_names_the_vessel_and_charterer_as_firms_and_the_ports_as_places()
    {
        const string fixtures = "Clean tanker fixtures and enquiries .\nVelm Star 30 24/8 Tarsk / Kessin $ 190,000 Brisko Oil .\nKestrel 36,5 03/09 Port Azur / Ambrell W145 Dortvik .";
        var firms = Organizations(fixtures);
        Assert.Contains("Velm Star", firms);
        Assert.Contains("Brisko Oil", firms);
        Assert.Contains("Kestrel", firms);
        Assert.Contains("Dortvik", firms);
        Assert.Contains("Kessin", Places(fixtures));
        Assert.Contains("Ambrell", Places(fixtures));
    }

    [Fact]
    public void The_side_before_a_scorers_list_is_a_club_unless_the_match_is_an_international()
    {
        Assert.Contains("Red Kestrel", Organizations("Scorers :\nRed Kestrel - Anna Varnel ( 24th ) , Tom Brask ( 61st )"));

        const string international = "Scorers :\nKessel Islands - Jan Varn ( 60th minute )\nOstravia - Tom Brask ( 13th ) , Ivo Dask ( 88th )";
        var organizations = Organizations(international);
        Assert.DoesNotContain("Kessel Islands", organizations); // its opponent is a country
        Assert.DoesNotContain("Ostravia", organizations);
    }

    [Fact]
    public void The_ground_before_a_scoring_county_is_a_place_and_a_label_is_not()
    {
        const string scores = "CRICKET - OSTRAVIAN COUNTY CHAMPIONSHIP SCORES .\nAt Velm Park : Tarskshire 392-6 ( A. Varn 143 ) v Brisk Wells\nBrisko ( The Meadow ) : Kesselshire 195 ( B. Dask 50 )";
        var places = Places(scores);
        Assert.Contains("Velm Park", places);
        Assert.Contains("The Meadow", places);
        Assert.DoesNotContain("Postponed", Places("Results of Ostravian league matches .\nPostponed : Brisko Rovers v Dortvik Athletic"));
    }

    [Fact]
    public void A_row_under_a_constructors_standings_header_is_a_team_even_when_named_like_a_country()
    {
        const string standings = "Constructors ' championship :\n1. Velmora 149 points\n2. Brask 55\n3. Kessler 48";
        var teams = Organizations(standings);
        Assert.Contains("Velmora", teams);
        Assert.Contains("Brask", teams);
        Assert.Contains("Kessler", teams);
    }
}
