using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Organisations found through the document rather than a head word: a company's short name after its legal form,
/// county sides in cricket reports, newspapers heading a press review, and clubs in result lines and league tables
/// even where they read like people. Common nouns opening a sentence ("Police said") name no organisation.
/// </summary>
public sealed class OrganizationLayoutTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void A_company_named_with_its_legal_form_keeps_the_short_name_later()
    {
        var a = Fixture.Annotate("Analysts expect Velcor Inc to report lower profit .\nThey said Velcor 's outlook was strong .");
        var velcor = a.Mentions.Where(m => m.Text.StartsWith("Velcor", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Velcor Inc", "Velcor"], velcor.Select(m => m.Text));
        Assert.All(velcor, m => Assert.Equal(MentionKind.Organization, m.Kind));
        Assert.Single(velcor.Select(m => m.EntityKey).Distinct());
    }

    [Fact]
    public void A_legal_form_ends_a_company_name_after_of()
        => Assert.Contains("Brisko Inc", Organizations("The judge ordered the counsel of Brisko Inc to appear ."));

    [Fact]
    public void A_common_noun_opening_a_sentence_is_no_organisation_but_a_named_body_is()
    {
        Assert.Empty(Organizations("Police said the border crossing was calm ."));
        Assert.Contains("Council of Velmoran Churches", Organizations("Council of Velmoran Churches met on Monday ."));
    }

    [Fact]
    public void A_shire_is_its_county_side_in_a_cricket_report_only()
    {
        Assert.Equal(["Brendshire"], Organizations("Brendshire slipped to 88 for four in reply to a first innings of 446 ."));
        Assert.DoesNotContain("Brendshire", Organizations("Brendshire farmers expect a good harvest this year ."));
    }

    [Fact]
    public void Mastheads_heading_a_press_review_are_newspapers()
    {
        const string digest = "These are the leading stories in the Tarsk press on Monday .\nVELMOR DAILY\n- Parliament debates the budget .\nKESTREL\n- Prices rise .";
        Assert.Equal(["VELMOR DAILY", "KESTREL"], Organizations(digest));
        Assert.Empty(Organizations("The weekend programme follows .\nKESTREL\n- Prices rise ."));
    }

    [Fact]
    public void Sides_of_a_result_line_and_league_table_rows_are_clubs_though_they_read_like_people()
    {
        Assert.Equal(["Anna Brask", "Marek Velm"], Organizations("Anna Brask 2 Marek Velm 1"));
        Assert.Equal(["Anna Brask"], Organizations("3. Anna Brask 24 7 7 10 42 38 28"));
        Assert.Empty(Organizations("Anna Brask 66 71 70 70 277"));
    }
}
