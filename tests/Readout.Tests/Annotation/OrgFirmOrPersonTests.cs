using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// A one-word name that reads like a surname: the firm's cues elsewhere in the document make it a firm, unless an
/// honorific shows the person (s10).
/// </summary>
public sealed class OrgFirmOrPersonTests
{
    [Theory]
    [InlineData("Mr . Brask 's board voted to stay .")]
    [InlineData("Prof Brask 's board voted to stay .")]
    [InlineData("Lt Brask 's board voted to stay .")]
    public void Any_honorific_dot_or_not_keeps_a_speaker_a_person(string second)
    {
        var a = Fixture.Annotate("Brask said the board met on Monday .\n" + second);
        Assert.DoesNotContain(a.Mentions, m => m.Text == "Brask" && m.Kind == MentionKind.Organization);
    }

    [Fact]
    public void A_speaker_referred_to_as_it_or_its_is_a_firm()
    {
        var a = Fixture.Annotate("Vandrel said it would close two plants in Tarsk .\nVandrel said earlier its profit fell 12 percent .");
        Assert.All(a.Mentions.Where(m => m.Text == "Vandrel"), m => Assert.Equal(MentionKind.Organization, m.Kind));
    }

    [Fact]
    public void A_speaker_ever_referred_to_as_he_or_who_stays_a_person()
    {
        var a = Fixture.Annotate("Vandrel said it was a mistake .\nVandrel , who leads the opposition , said he would stay .");
        Assert.DoesNotContain(a.Mentions, m => m.Text == "Vandrel" && m.Kind == MentionKind.Organization);
    }

    [Fact]
    public void A_surname_of_a_person_named_in_full_stays_a_person_whatever_follows()
    {
        var a = Fixture.Annotate("Farm Minister Jon Vandrel spoke on Monday .\nVandrel said it was too early to judge the harvest .");
        Assert.DoesNotContain(a.Mentions, m => m.Text == "Vandrel" && m.Kind == MentionKind.Organization);
    }

    [Fact]
    public void A_medium_is_told_at_the_clause_s_end_or_in_an_interview()
    {
        var a = Fixture.Annotate("\" We will stay , \" Minister Jon Brask told Velmorpost .\nBrask told Dagsvarn in an interview on Monday .");
        var orgs = a.Mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Text).ToList();
        Assert.Contains("Velmorpost", orgs);
        Assert.Contains("Dagsvarn", orgs);
    }

    [Fact]
    public void A_person_is_told_about_something()
    {
        var a = Fixture.Annotate("Premier Tarvo Lenk called on Monday .\nLenk told Halvorsk about the talks in Tarsk .");
        Assert.DoesNotContain(a.Mentions, m => m.Text == "Halvorsk" && m.Kind == MentionKind.Organization);
    }
}
