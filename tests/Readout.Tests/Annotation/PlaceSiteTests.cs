using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Places the gazetteer lacks, named by the site after them or a known city beside them: a site's noun behind its modifier ("railway station",
/// "police post"), a list before a plural site ("rivers", "mines"), and a sentence-opening article kept out of the
/// name. All names are invented (Ostravia is the fixture's country).
/// </summary>
public sealed class PlaceSiteTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("Police caught the girl at the Dravik railway station on Wednesday .", "Dravik")]
    [InlineData("Rebels stormed the Korvel police post , just north of the capital .", "Korvel")]
    [InlineData("The envoy flew into Tamsk military airbase on Tuesday .", "Tamsk")]
    [InlineData("Protesters targeted the Harnley bypass last year .", "Harnley")]
    public void A_site_behind_its_modifier_names_the_place_before_it(string body, string place)
        => Assert.Contains(place, Texts(Fixture.Annotate(body), MentionKind.Place));

    [Fact]
    public void A_plural_site_names_every_listed_place()
    {
        var places = Texts(Fixture.Annotate("Officials said the Ostra and Velka rivers were in high flood ."), MentionKind.Place);
        Assert.Contains("Ostra", places);
        Assert.Contains("Velka", places);
    }

    [Fact]
    public void A_sentence_opening_article_stays_out_of_the_place()
        => Assert.Contains("Sarvan", Texts(Fixture.Annotate("The Sarvan tunnel was reopened to traffic on Thursday ."), MentionKind.Place));

    [Fact]
    public void A_bare_station_names_no_place()
        => Assert.DoesNotContain("Harnley", Texts(Fixture.Annotate("He told the Harnley station about the fire ."), MentionKind.Place));

    [Fact]
    public void A_name_paired_with_a_known_city_is_a_place()
        => Assert.Contains("Dorvenk", Texts(Fixture.Annotate("The helicopter went down on a flight between Tarsk and Dorvenk on Sunday ."), MentionKind.Place));

    [Fact]
    public void In_sports_writing_a_name_paired_with_a_city_outside_a_route_is_left_to_the_clubs()
        => Assert.DoesNotContain("Dorvenk", Texts(Fixture.Annotate("The striker played for Tarsk and Dorvenk before he scored twice last season ."), MentionKind.Place));
}
