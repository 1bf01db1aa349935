using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Titles that introduce a name without being part of it (opening a sentence, inside a capitalised run, abbreviated
/// ranks), middle initials, offices after a place, and a demonym qualifying a region. All people are invented.
/// </summary>
public sealed class TitlesAndQualifiedPlaceTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind && !m.IsNominal).Select(m => m.Text).ToList();

    [Fact]
    public void A_title_opening_a_sentence_introduces_an_unknown_name()
    {
        var a = Fixture.Annotate("King Tavaro left Ostravia on Friday for a week-long visit .");
        Assert.Equal(["Tavaro"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_description_opening_a_sentence_is_no_title()
    {
        var a = Fixture.Annotate("Dissident Velmor Front leader Anna Corvell spoke on Friday .");
        Assert.DoesNotContain("Velmor Front", Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_title_inside_a_capitalised_run_stays_out_of_the_name()
    {
        var a = Fixture.Annotate("Now , Velmoran District Judge Anna Corvell has ordered the depositions .");
        Assert.Equal(["Anna Corvell"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_middle_initial_stays_inside_the_name()
    {
        var a = Fixture.Annotate("William J. Dorvane , the company 's president , will become chief executive .");
        Assert.Equal(["William J. Dorvane"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void An_abbreviated_rank_is_no_name()
    {
        var a = Fixture.Annotate("The boat ran out of fuel , Navy spokesman Lt. Italo Vesconte said .");
        Assert.Equal(["Italo Vesconte"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_nationality_and_an_abbreviated_office_introduce_the_name()
    {
        var a = Fixture.Annotate("Ostravian PM Kalvaro meets the opposition in Tarsk .");
        Assert.Contains("Kalvaro", Texts(a, MentionKind.Person));
        Assert.Empty(Texts(a, MentionKind.Organization));
    }

    [Fact]
    public void An_office_after_a_one_word_place_leaves_the_place_whole()
    {
        var a = Fixture.Annotate("The party faced a dilemma this year when Massachusetts Gov .\nWilliam Dorvane spoke .");
        Assert.Contains("Massachusetts", Texts(a, MentionKind.Place));
    }

    [Fact]
    public void A_demonym_before_a_region_names_one_place()
    {
        var a = Fixture.Annotate("The team from the Ostravian Riviera lost at home on Sunday .");
        Assert.Equal(["Ostravian Riviera"], Texts(a, MentionKind.Place));
    }

    [Fact]
    public void A_demonym_before_a_sea_stays_apart()
        => Assert.DoesNotContain("Ostravian Black Sea", Texts(Fixture.Annotate("Tourists flew to the Ostravian Black Sea coast ."), MentionKind.Place));
}
