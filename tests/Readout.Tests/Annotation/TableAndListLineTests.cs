using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Names in tables and lists take their reading from the line's shape: figures after a name make it a club only in
/// sports writing and never among prices; every name of a fixture list is a club; an all-caps headline names what
/// its text names; founding years stay in clubs' names; share and poll tables list companies and institutes.
/// </summary>
public sealed class TableAndListLineTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    private static MentionKind? KindOf(string body, string text)
        => Fixture.Annotate(body).Mentions.FirstOrDefault(m => m.Text == text)?.Kind;

    [Fact]
    public void A_town_heading_a_row_of_prices_is_the_market_not_a_club()
    {
        const string prices = "Soyabean prices in markets of the region on Monday .\nTarsk 45 Yellow 12,700-12,950 12,900-13,150\nPort Azur 10 Yellow 12,600-12,750 12,700-12,850";
        Assert.Equal(MentionKind.Place, KindOf(prices, "Tarsk"));
        Assert.DoesNotContain("Tarsk", Organizations(prices));
    }

    [Fact]
    public void Figures_after_a_name_make_a_club_only_in_sports_writing()
    {
        Assert.DoesNotContain("Newspapers", Organizations("Velcor Holdings results by division , in millions , 1996 and 1995 .\nNewspapers 363 49 295 46\nPrinting 127 6 174 33"));
        Assert.Contains("Brisko", Organizations("Results of Ostravian league matches on Saturday .\nBrisko 2 Kestrel 1\nVarnel 0 Dortvik 3"));
    }

    [Fact]
    public void Every_name_of_a_fixture_list_is_a_club_also_where_a_line_break_leaves_it_alone()
    {
        const string fixtures = "Ostravian division one - East Brisko v Kestrel , Varnel\nAthletic , Dortvik v Velm Rovers , Ambrell v Kessel ,\nBrask , Morvik v Ambrell .";
        var clubs = Organizations(fixtures);
        Assert.Contains("East Brisko", clubs);
        Assert.Contains("Kessel", clubs);
        Assert.Contains("Brask", clubs);
        Assert.Contains("Dortvik", clubs);
        Assert.Equal(MentionKind.Place, KindOf("Ostravia v Velmora , Tarsk v Brisko", "Ostravia")); // a national side
    }

    [Fact]
    public void An_all_caps_headline_names_the_clubs_its_report_names()
    {
        const string report = "BASEBALL - KESTRELS EDGE MARINERS IN NINTH .\nThe Kestrels beat the Mariners on Monday , the coach said .";
        var clubs = Organizations(report);
        Assert.Contains("KESTRELS", clubs);
        Assert.DoesNotContain("NINTH", clubs);
        Assert.DoesNotContain("KESTRELS", Organizations("BASEBALL - KESTRELS EDGE MARINERS IN NINTH .\nRain stopped play on Monday .")); // the text names no such team
    }

    [Fact]
    public void A_founding_year_or_zero_led_number_stays_in_a_clubs_name()
    {
        var clubs = Organizations("Results of Ostravian league matches .\n1860 Brisko 1 Dortvik 04 3\nKessel 1860 4 1 1 2 3 5 4");
        Assert.Contains("1860 Brisko", clubs);
        Assert.Contains("Dortvik 04", clubs);
        Assert.Contains("Kessel 1860", clubs);
    }

    [Fact]
    public void A_dash_counts_as_none_in_a_league_table_row()
        => Assert.Contains("Varnel TE", Organizations("Ostravian league table after Sunday 's matches .\n1. Varnel TE 3 3 - - 10 2 9"));

    [Fact]
    public void Share_and_poll_table_rows_list_companies_and_institutes()
    {
        const string shares = "Prices on the Tarsk bourse .\nVELCOR HOLDING 335.00 375.00 533153 198354.941\nBRISKO 210.00 210.00 3000 630.000\nTARSK 2292.9 18.3 2326.00";
        var companies = Organizations(shares);
        Assert.Contains("VELCOR HOLDING", companies);
        Assert.Contains("BRISKO", companies);
        Assert.DoesNotContain("TARSK", companies); // a market's index

        Assert.Contains("Velstat", Organizations("Latest polls , in percent .\nVelstat Aug 25 41.0 34.0 7.0 10.0 6.0"));
    }

    [Fact]
    public void Every_column_of_a_poll_header_above_vote_shares_is_a_party()
    {
        const string polls = "Latest opinion polls on Ostravian parties :\nAUGUST 1996 KVP / LSU DPV NDU Greens VLP\nVelstat Aug 25 41.0 34.0 7.0 10.0 6.0";
        var parties = Organizations(polls);
        Assert.Contains("DPV", parties);
        Assert.Contains("Greens", parties);
        Assert.Contains("VLP", parties);

        // The same names with fewer shares than columns are no header of them.
        Assert.DoesNotContain("Greens", Organizations("Latest opinion polls on Ostravian parties :\nAUGUST 1996 KVP / LSU DPV Greens VLP\nVelstat Aug 25 41.0 34.0"));
    }

    [Fact]
    public void A_team_named_like_a_country_after_a_riders_country_is_the_team()
    {
        const string grid = "Qualifying times on Saturday :\n9. Anna Varnel ( Ostravia ) Velmora 1:55.385\n10. Tom Brask ( Velmora ) Velmora 34";
        var teams = Organizations(grid);
        Assert.Equal(2, teams.Count(t => t == "Velmora"));
        Assert.Equal(MentionKind.Place, KindOf("Anna Varnel of Ostravia drove for a team from Velmora .", "Velmora"));
    }
}
