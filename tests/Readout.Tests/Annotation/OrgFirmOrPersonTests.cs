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
}
