using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Organisations in running prose (s9): a long form defined by its bracketed acronym, firms' partners and legal forms,
/// "X party" and "X daily", and a nationality before a word that only describes.
/// </summary>
public sealed class OrganizationProseTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void A_long_form_defined_by_its_bracketed_acronym_is_one_organisation_with_it()
    {
        var a = Fixture.Annotate("Industry analysts Brenmoor Minerals Economics ( BME ) said on Wednesday the stocks were high .");
        var orgs = a.Mentions.Where(m => m.Kind == MentionKind.Organization).ToList();
        Assert.Equal(["Brenmoor Minerals Economics", "BME"], orgs.Select(m => m.Text));
        Assert.Single(orgs.Select(m => m.EntityKey).Distinct());
    }

    [Fact]
    public void A_bracketed_acronym_whose_initials_do_not_match_or_a_place_defines_nothing()
    {
        Assert.Empty(Organizations("Visitors from Brenmoor Minerals ( XQ ) came on Monday ."));
        Assert.DoesNotContain("Republic of Ostravia", Organizations("Troops of the Republic of Ostravia ( RO ) crossed the river ."));
    }

    [Fact]
    public void Board_and_Authority_end_a_body_s_name()
    {
        Assert.Contains("National Customs Board", Organizations("Exports rose , the National Customs Board said on Thursday ."));
        Assert.Contains("Ostravian Ports Authority", Organizations("The Ostravian Ports Authority will issue bonds ."));
    }

    [Fact]
    public void Partners_and_a_comma_set_legal_form_stay_in_a_firm_s_name()
    {
        Assert.Contains("Varnholt & Co", Organizations("said analyst Dana Orvik of Varnholt & Co ."));
        Assert.Contains("Kalfen , Voorst & Co", Organizations("Tam Brask , an analyst for Kalfen , Voorst & Co ."));
        Assert.Contains("Brenvest Research , Inc", Organizations("Brenvest Research , Inc analyst Eddo Varn said sales fell ."));
    }

    [Fact]
    public void A_legal_form_after_another_body_s_and_ends_the_second_firm()
    {
        var orgs = Organizations("Both Velcor Inc and Dorvane Communications Co Inc were trading .");
        Assert.Equal(["Velcor Inc", "Dorvane Communications Co Inc"], orgs);
    }

    [Fact]
    public void A_name_before_party_or_before_a_paper_s_word_and_its_report_is_an_organisation()
    {
        Assert.Contains("Vostrek", Organizations("He is a former envoy and right-wing Vostrek party politician ."));
        Assert.Contains("Orvan Dnevik", Organizations("The Orvan Dnevik daily reported that talks had failed ."));
        Assert.Empty(Organizations("He spoke at the Democratic party convention ."));
        Assert.Empty(Organizations("Average daily shipments fell three percent ."));
    }

    [Fact]
    public void A_nationality_before_one_word_that_is_no_head_describes_rather_than_names()
    {
        Assert.Empty(Organizations("Hostilities between the two warring Ostravian Kelmish factions continued ."));
        Assert.Contains("Ostravian Airways", Organizations("A hijacked Ostravian Airways plane landed in Tarsk ."));
    }

    [Fact]
    public void A_broadcaster_s_or_statistics_office_s_word_before_a_country_names_a_national_body()
    {
        var a = Fixture.Annotate("Prices rose 2 percent in May , Statistics Ostravia said . Radio Ostravia said the port was shut .");
        var orgs = a.Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();
        Assert.Equal(["Statistics Ostravia", "Radio Ostravia"], orgs);
        Assert.DoesNotContain(a.Mentions, m => m.Kind == MentionKind.Place && m.Text == "Ostravia");
    }

    [Fact]
    public void A_country_after_any_other_word_keeps_its_place_reading()
    {
        var a = Fixture.Annotate("Officials said on Tuesday Ostravia would reopen the border .");
        Assert.Contains(a.Mentions, m => m.Kind == MentionKind.Place && m.Text == "Ostravia");
        Assert.DoesNotContain(a.Mentions, m => m.Kind == MentionKind.Organization);
    }

    [Fact]
    public void An_acronym_defined_by_a_disease_or_method_is_no_organisation_anywhere_in_the_document()
    {
        var orgs = Organizations("Cattle may carry Grey Hoof Syndrome ( GHS ) , vets said . Farmers fear GHS will spread .");
        Assert.Empty(orgs);
        Assert.Contains("GHS", Organizations("Farmers fear GHS will spread ."));
    }
}
