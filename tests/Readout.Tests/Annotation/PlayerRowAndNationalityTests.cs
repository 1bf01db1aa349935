using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// A name heading figures is a club only when the figures are a side's: a bowler's row closing on an average and a
/// golfer's round scores name people. A nationality before a person's name describes them; it does not make the
/// run a body named after the country.
/// </summary>
public sealed class PlayerRowAndNationalityTests
{
    private static List<string> Of(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_bowling_row_closing_on_an_average_names_the_bowler()
    {
        var a = Fixture.Annotate("Bowling :\nVarnik 7 1 20 1 20.00\nOsk Tamber 13 2 42 1 42.00\nBrelle 4 0 19 0 -\n");
        Assert.Equal(["Varnik", "Osk Tamber", "Brelle"], Of(a, MentionKind.Person));
        Assert.Empty(Of(a, MentionKind.Organization));
    }

    [Fact]
    public void A_standings_row_closing_on_points_is_still_a_club()
    {
        var a = Fixture.Annotate("Dortvik 22 20 0 2 950 455 40\n");
        Assert.Equal(["Dortvik"], Of(a, MentionKind.Organization));
    }

    [Fact]
    public void Round_scores_after_a_name_are_a_golfers_card()
    {
        var a = Fixture.Annotate("212 Dalby 69 71 72 , Keldan 70 73 69\nBrisk 71 73\n");
        Assert.Equal(["Dalby", "Keldan", "Brisk"], Of(a, MentionKind.Person));
        Assert.Empty(Of(a, MentionKind.Organization));
    }

    [Fact]
    public void A_nationality_before_a_name_describes_a_person()
    {
        var a = Fixture.Annotate("Promising Ostravian Velko Rubin has pulled out of the tournament with a wrist injury .");
        Assert.Equal(["Velko Rubin"], Of(a, MentionKind.Person));
        Assert.Empty(Of(a, MentionKind.Organization));
    }

    [Fact]
    public void A_nationality_before_a_title_or_a_company_word_names_no_such_person()
    {
        Assert.Empty(Of(Fixture.Annotate("Ostravian Sisters of Mercy ran the school ."), MentionKind.Person));
        Assert.Empty(Of(Fixture.Annotate("Shares on the Ostravian Trading System fell on Monday ."), MentionKind.Person));
    }
}
