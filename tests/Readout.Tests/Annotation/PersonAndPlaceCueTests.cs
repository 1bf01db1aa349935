using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// People and places found by context rather than by a diplomatic title: lone surnames in scorer lists and
/// scorecards, a nationality or position before a name, world given names, name particles, headline surnames,
/// and datelines. All names are invented except the shipped given names under test.
/// </summary>
public sealed class PersonAndPlaceCueTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_scorer_before_the_minute_of_the_goal_is_a_person()
    {
        var a = Fixture.Annotate("Dortvik 2 ( Marwendsk 29th , Quillorat 47th ) Ambrell 0 .");
        Assert.Equal(["Marwendsk", "Quillorat"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void Cricket_scorecard_marks_name_batsmen_and_bowlers()
    {
        var a = Fixture.Annotate("T. Harlund c Hosmund b Quelbrook 61\nBowling : Quelbrook 23-5-71-1 .");
        var people = Texts(a, MentionKind.Person);
        Assert.Contains("Hosmund", people);
        Assert.Equal(2, people.Count(p => p == "Quelbrook"));
    }

    [Fact]
    public void A_lone_name_that_tells_or_opens_a_said_clause_is_a_person()
    {
        var a = Fixture.Annotate("Brannoch told reporters in Tarsk that talks would resume.\nVarrick said the talks were over.");
        Assert.Equal(["Brannoch", "Varrick"], Texts(a, MentionKind.Person));
    }

    [Theory]
    [InlineData("Officials said the border was closed.")]
    [InlineData("The Ostravians said the border was closed.")]
    public void A_plural_word_before_said_is_no_person(string body)
        => Assert.Empty(Texts(Fixture.Annotate(body), MentionKind.Person));

    [Theory]
    [InlineData("Velmoran Thomas Brandvik beat the holder .", "Thomas Brandvik")]
    [InlineData("Midfielder Paulo Quessant scored twice .", "Paulo Quessant")]
    [InlineData("Top-seeded Anna Ferrovik lost in Tarsk .", "Anna Ferrovik")]
    public void A_nationality_position_or_seeding_before_a_name_is_not_part_of_it(string body, string person)
        => Assert.Equal([person], Texts(Fixture.Annotate(body), MentionKind.Person));

    [Fact]
    public void A_given_name_from_another_language_marks_a_person()
    {
        // Ferenc comes from the shipped world given-name list, not from the English one.
        var a = Fixture.Annotate("The delegation met Ferenc Halvorsk on Monday.");
        Assert.Equal(["Ferenc Halvorsk"], Texts(a, MentionKind.Person));
    }

    [Theory]
    [InlineData("Goalkeeper Edwin van der Maast saved twice .", "Edwin van der Maast")]
    [InlineData("Luciano della Brenta won in Tarsk .", "Luciano della Brenta")]
    [InlineData("Hassan al-Varani met the envoy .", "Hassan al-Varani")]
    public void Name_particles_stay_inside_the_name(string body, string person)
        => Assert.Equal([person], Texts(Fixture.Annotate(body), MentionKind.Person));

    [Fact]
    public void A_headline_names_in_capitals_a_person_the_text_names_in_full()
    {
        var a = Fixture.Annotate("SOCCER - BRANDVIK HITS WINNER .\nTarsk 1996-08-22\nThomas Brandvik scored twice .");
        Assert.Contains("BRANDVIK", Texts(a, MentionKind.Person));
        Assert.Equal("Thomas Brandvik", a.Entities.Single(e => e.Kind == MentionKind.Person).Name);
    }

    [Fact]
    public void A_dateline_names_the_town_and_its_country()
    {
        var a = Fixture.Annotate("KESSEL FORD , Ostravia 1996-08-22\nThe Velmoran envoy arrived on Monday .");
        var town = Assert.Single(a.Entities, e => e.Name == "Kessel Ford");
        Assert.Equal(MentionKind.Place, town.Kind);
        Assert.Equal("Ostravia", town.Country);
    }

    [Fact]
    public void A_capitalised_line_without_a_date_is_no_dateline()
        => Assert.DoesNotContain(Fixture.Annotate("KESSEL FORD , Ostravia\nThe envoy arrived .").Mentions, m => m.Kind == MentionKind.Place && m.Text == "KESSEL FORD");
}
