using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Membership bodies and ministries keep their whole "of ..." tail (s10-orgfix4).</summary>
public sealed class OrgMemberHeadTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void A_press_trust_of_a_country_is_one_organisation()
    {
        var orgs = Organizations("The news was reported by the Press Trust of Ostravia on Monday .");
        Assert.Contains("Press Trust of Ostravia", orgs);
    }

    [Fact]
    public void An_association_keeps_the_field_after_its_of()
    {
        var orgs = Organizations("Prices rose 4 percent , the Tarsk Association of Surveyors said on Monday .");
        Assert.Contains("Tarsk Association of Surveyors", orgs);
    }

    [Fact]
    public void A_ministry_of_two_portfolios_is_one_body()
    {
        var orgs = Organizations("Exports fell , the Ostravian Department of Enterprise and Employment said on Monday .");
        Assert.Contains("Ostravian Department of Enterprise and Employment", orgs);
    }

    [Fact]
    public void A_second_body_after_and_is_not_a_portfolio()
    {
        var orgs = Organizations("Talks between the Department of Fisheries and Velcor Corp ended on Monday .");
        Assert.Contains("Department of Fisheries", orgs);
    }

    [Fact]
    public void A_portfolio_after_of_is_the_ministry_s_field_but_a_title_ends_the_name()
    {
        var orgs = Organizations("Imports fell , according to the Ministry of Finance in Tarsk .\nThe Bank of Ostravia Deputy Governor Anna Varn spoke on Monday .");
        Assert.Contains("Ministry of Finance", orgs);
        Assert.Contains("Bank of Ostravia", orgs);
    }

    [Fact]
    public void A_nordic_legal_form_makes_the_run_a_firm_not_a_person()
    {
        var orgs = Organizations("Profits rose at Marta Oy in the first half , the company said .");
        Assert.Contains("Marta Oy", orgs);
    }
}
