using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Names without a diplomatic cue: towns from the shipped gazetteer, clubs in results lines, unknown acronyms,
/// initialled and nationality-bracketed people, and one reading per name across a document.
/// </summary>
public sealed class EntityRecallTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_town_from_the_shipped_gazetteer_is_a_place_in_its_country()
    {
        // The one real name here is the shipped data under test: GeoNames' Lyon.
        var a = Fixture.Annotate("The Ostravian delegation arrived in Lyon on Monday.");
        var lyon = Assert.Single(a.Entities, e => e.Key == "place:lyon");
        Assert.Equal("France", lyon.Country);
    }

    [Fact]
    public void A_town_inside_a_longer_name_names_the_organisation_not_the_place()
    {
        var a = Fixture.Annotate("The Lyon Gazette reported that Tarsk was ready.");
        Assert.Contains("Lyon Gazette", Texts(a, MentionKind.Organization));
        Assert.DoesNotContain(a.Mentions, m => m.Kind == MentionKind.Place && m.Text == "Lyon");
    }

    [Fact]
    public void Names_heading_scores_in_a_results_line_are_clubs()
    {
        var a = Fixture.Annotate("Results on Sunday:\nVarnholt 2 Kessler Rovers 1\nDortvik 0 Ambrell 3 ( halftime 0-1 )");
        var clubs = Texts(a, MentionKind.Organization);
        Assert.Equal(["Varnholt", "Kessler Rovers", "Dortvik", "Ambrell"], clubs);
    }

    [Theory]
    [InlineData("Resolution 242 calls for a withdrawal.")]
    [InlineData("Thursday 12 delegates left Tarsk.")]
    public void A_number_after_a_word_in_running_text_is_no_score(string body)
        => Assert.DoesNotContain(Fixture.Annotate(body).Mentions, m => m.Kind == MentionKind.Organization);

    [Fact]
    public void A_country_heading_a_score_stays_a_place()
    {
        var a = Fixture.Annotate("Ostravia 2 Velmora 1");
        Assert.Equal(["Ostravia", "Velmora"], Texts(a, MentionKind.Place));
        Assert.Empty(Texts(a, MentionKind.Organization));
    }

    [Fact]
    public void An_unknown_acronym_in_running_text_is_an_organisation()
    {
        var a = Fixture.Annotate("The opposition PDV said on Friday at 0900 GMT that it would boycott the vote.");
        Assert.Equal(["PDV"], Texts(a, MentionKind.Organization));
    }

    [Fact]
    public void Words_of_an_all_caps_headline_are_not_acronyms()
        => Assert.DoesNotContain(Fixture.Annotate("OSTRAVIA REJECTS PDV PLAN\nTarsk said no.").Mentions, m => m.Kind == MentionKind.Organization);

    [Fact]
    public void An_initial_and_a_surname_name_a_person()
    {
        var a = Fixture.Annotate("At Tarsk: Velmora 194 ( K. Marwend 105 , T. Quillory 44 ).");
        Assert.Equal(["K. Marwend", "T. Quillory"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_bracketed_country_after_a_name_marks_a_person()
    {
        var a = Fixture.Annotate("Tesk Varunel ( Ostravia ) beat Dorn Haspeli ( Velmora ) 6-2 6-3");
        Assert.Equal(["Tesk Varunel", "Dorn Haspeli"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_name_found_once_keeps_its_reading_across_the_document()
    {
        var a = Fixture.Annotate("Dortvik 0 Ambrell 3\nThe win lifts Ambrell to third place.");
        Assert.Equal(2, a.Mentions.Count(m => m.Kind == MentionKind.Organization && m.Text == "Ambrell"));
    }
}
