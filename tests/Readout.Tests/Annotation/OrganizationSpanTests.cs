using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Organisations' spans and readings (s7): an agency's name without "news agency", a known name opening a longer
/// body's name, a firm's possessive name, teams named town + plural nickname, a driver's car in a results line,
/// a league in a sports report, and a name the people recognizer took turned into the firm or club a word beside it says it is.
/// </summary>
public sealed class OrganizationSpanTests
{
    private static List<Mention> Of(string body, MentionKind kind)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == kind).ToList();

    private static List<string> Organizations(string body) => Of(body, MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void A_news_agency_is_named_without_the_words_news_agency()
        => Assert.Equal(["Kessel"], Organizations("The Kessel news agency reported heavy fighting ."));

    [Fact]
    public void A_nationality_before_news_agency_names_no_organisation()
    {
        var a = Fixture.Annotate("The Ostravian news agency reported heavy fighting .");
        Assert.DoesNotContain(a.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Contains(a.Mentions, m => m.Text == "Ostravian");
    }

    [Fact]
    public void A_known_name_opening_a_longer_name_with_a_head_gives_way_to_it()
        => Assert.Contains("UN Tarsk Bureau", Organizations("The UN Tarsk Bureau said the convoy had left ."));

    [Fact]
    public void A_firms_possessive_name_ending_in_a_company_head_is_one_name()
    {
        Assert.Contains("Brandt 's Investors Service", Organizations("Brandt 's Investors Service cut the rating on Monday ."));
        Assert.DoesNotContain("Sunday 's Investors Service", Organizations("On Sunday 's Investors Service review nothing changed ."));
    }

    [Fact]
    public void A_town_and_a_plural_nickname_is_a_team_and_the_nickname_names_it_later()
    {
        var orgs = Organizations("The Tarsk Kestrels won their fifth game .\nIn the ninth inning the Kestrels scored twice .");
        Assert.Equal(["Tarsk Kestrels", "Kestrels"], orgs);
    }

    [Fact]
    public void A_carmaker_and_a_model_after_a_drivers_country_is_a_car_but_a_maker_alone_is_the_team()
    {
        var rally = Fixture.Annotate("2. Anna Varn ( Ostravia ) Toyota Corvina 2:09");
        Assert.Contains(rally.Mentions, m => m.Kind == MentionKind.Other && m.Text == "Toyota Corvina");
        Assert.DoesNotContain(rally.Mentions, m => m.Kind == MentionKind.Organization);
        Assert.Contains("Suzuki", Organizations("6. Anna Varn ( Ostravia ) Suzuki 1:51.287"));
    }

    [Fact]
    public void A_name_read_as_a_person_is_the_firm_a_word_beside_it_names_throughout_the_document()
    {
        var a = Fixture.Annotate("Traders cited investment bank Morgan Halvard as the buyer .\nMorgan Halvard declined to comment .");
        Assert.Equal(2, a.Mentions.Count(m => m.Kind == MentionKind.Organization && m.Text == "Morgan Halvard"));
        Assert.DoesNotContain(a.Mentions, m => m.Kind == MentionKind.Person && m.Text == "Morgan Halvard");
    }

    [Fact]
    public void A_person_beside_an_ordinary_word_stays_a_person()
        => Assert.Contains(Of("Olympic champions Morgan Halvard and Anna Varn will run .", MentionKind.Person), m => m.Text == "Morgan Halvard");

    [Fact]
    public void A_league_in_a_sports_report_is_a_competition_but_elsewhere_a_body()
    {
        var sports = Fixture.Annotate("Dortvik lead the Northern League West by two games after the coach rested three players .");
        Assert.Contains(sports.Mentions, m => m.Kind == MentionKind.Other && m.Text == "Northern League West");
        Assert.Empty(Of("The Velmoran Farmers League called for new elections .", MentionKind.Other));
    }

    [Fact]
    public void A_cricket_innings_total_is_no_club()
        => Assert.Equal(["Dortvik", "Ambrell"], Organizations("Dortvik 2 Ambrell 1\nTotal 326"));
}
