using Readout.Annotation;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Results tables bracket each player's country: press abbreviations and island nations are countries or regions,
/// never the player's club, and a country a narrow column wrapped over two lines is still that country.
/// </summary>
public sealed class TablePlaceTests
{
    // A two-word invented country, so a wrapped column can split it.
    private static readonly Annotator TwoWordCountry = new(["Kessel Islands\tKesselan|Kesselans\tPort Vey"]);

    private static List<string> Of(Annotations annotations, MentionKind kind)
        => annotations.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("8. Tom Brask ( Neths ) Belmark same time", "Neths")]
    [InlineData("Ivo Dask ( West Indies ) 376 , 81", "West Indies")]
    [InlineData("2. Ana Varnel ( Surinam ) 2:00.39", "Surinam")]
    [InlineData("3. Jan Olund ( Bermuda ) 17.05", "Bermuda")]
    public void A_players_bracketed_country_in_press_form_is_a_place_not_a_club(string row, string country)
    {
        var annotations = Fixture.Annotate("Leading results :\n" + row);
        Assert.Contains(country, Of(annotations, MentionKind.Place));
        Assert.DoesNotContain(country, Of(annotations, MentionKind.Organization));
    }

    [Fact]
    public void A_country_wrapped_across_two_lines_of_a_column_is_one_country_in_two_parts()
    {
        var annotations = TwoWordCountry.Annotate(new Article
        {
            Path = "fixture.txt",
            Body = "Second round :\nTom Brask ( Ostravia ) beat Ivo Dask ( Kessel\nIslands ) 7-5 6-3",
        });
        var places = annotations.Mentions.Where(m => m.Kind == MentionKind.Place).ToList();
        Assert.Contains(places, m => m.Text == "Kessel");
        Assert.Contains(places, m => m.Text == "Islands");
        Assert.Single(places.Where(m => m.Text is "Kessel" or "Islands").Select(m => m.EntityKey).Distinct());
    }

    [Fact]
    public void Words_wrapped_after_a_bracket_that_spell_no_country_stay_unread()
    {
        var annotations = TwoWordCountry.Annotate(new Article
        {
            Path = "fixture.txt",
            Body = "Second round :\nTom Brask ( Kessel\nHarbour ) 7-5 6-3",
        });
        Assert.DoesNotContain("Harbour", Of(annotations, MentionKind.Place));
    }

    [Theory]
    [InlineData("Ivo Dask ( Kessel\nIslands ) 7-5 6-3\nTom Brask ( Ostravia ) 6-4 6-4")] // the wrap opens the page
    [InlineData("Second round :\nIvo Dask ( Kessel\nIslands )")] // the tail closes it
    public void A_wrapped_country_is_joined_wherever_its_two_lines_stand_on_the_page(string body)
    {
        var annotations = TwoWordCountry.Annotate(new Article { Path = "fixture.txt", Body = body });
        var places = Of(annotations, MentionKind.Place);
        Assert.Contains("Kessel", places);
        Assert.Contains("Islands", places);
    }
}
