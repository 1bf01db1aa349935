using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Acronyms a document defines by lower-case words name a thing or a grade, not a body (s10).</summary>
public sealed class OrgAcronymTests
{
    private static List<string> Organizations(string body)
        => Fixture.Annotate(body).Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();

    [Fact]
    public void An_acronym_spelled_out_in_lower_case_names_no_organisation_anywhere_in_the_document()
    {
        var orgs = Organizations("Tarsk sold 9,000 tonnes of soft amber wheat ( SAW ) on Monday .\nBuyers took SAW at $ 210 a tonne .");
        Assert.DoesNotContain("SAW", orgs);
    }

    [Fact]
    public void An_acronym_spelled_out_by_capitalised_words_still_defines_a_body()
    {
        var orgs = Organizations("The Tarsk Grain Board ( TGB ) sold 9,000 tonnes on Monday .\nBuyers paid the TGB $ 210 a tonne .");
        Assert.Contains("TGB", orgs);
    }
}
