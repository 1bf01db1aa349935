using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>All-caps words that label a form's field, a grade or a headline's word name no body (s10-orgfix4).</summary>
public sealed class OrgLabelTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void A_field_label_opening_a_form_line_is_no_organisation()
    {
        var orgs = Organizations("The Tarsk water board sold bonds on Monday , dealers said .\nAMT : 3,250,000 DATE : 09/04/96\nCALL A 96.00 PCT 1.16\nANNEX\nTERM C$ 100 MLN");
        Assert.DoesNotContain("AMT", orgs);
        Assert.DoesNotContain("CALL", orgs);
        Assert.DoesNotContain("ANNEX", orgs);
        Assert.DoesNotContain("TERM", orgs);
    }

    [Fact]
    public void A_grade_with_its_number_is_no_organisation()
    {
        var orgs = Organizations("Velcor said its Tarsk plant won QMS 9002 accreditation on Monday .");
        Assert.DoesNotContain("QMS", orgs);
    }

    [Fact]
    public void A_word_of_a_shouted_headline_is_no_organisation()
    {
        var orgs = Organizations("ATHLETICS - VARN BREAKS RECORD IN 10 DAYS .\nAnna Varn broke the record in Tarsk on Monday .");
        Assert.DoesNotContain("DAYS", orgs);
    }

    [Fact]
    public void An_acronym_in_running_text_or_a_table_row_still_names_a_body()
    {
        Assert.Contains("VPK", Organizations("Tarsk police blamed the VPK for the attack on Monday ."));
        var orgs = Organizations("Tarsk shares closed higher on Monday .\n- VELCO 7,190 1,123 10.01\n- BRISK 3,060 843 4.70");
        Assert.Contains("VELCO", orgs);
        Assert.Contains("BRISK", orgs);
    }

    [Fact]
    public void A_bracketed_acronym_in_a_capitalised_title_still_names_a_body()
    {
        var orgs = Organizations("COUNCIL REGULATION ( VEC ) No 4064/89\nThe regulation applies from Monday .");
        Assert.Contains("VEC", orgs);
    }
}
