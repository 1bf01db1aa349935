using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

public sealed class CameoCodingTests
{
    [Theory]
    [InlineData(EventKind.TelephoneCall, "041")]
    [InlineData(EventKind.VideoCall, "040")]
    [InlineData(EventKind.Meeting, "040")]
    [InlineData(EventKind.Visit, "042")]
    [InlineData(EventKind.Talks, "046")]
    [InlineData(EventKind.Statement, "010")]
    [InlineData(EventKind.JointStatement, "010")]
    [InlineData(EventKind.AgreementSigned, "057")]
    public void Each_kind_has_its_CAMEO_code(EventKind kind, string code) => Assert.Equal(code, EventKindCodes.Cameo(kind));

    [Fact]
    public void A_visit_told_by_its_host_is_043() => Assert.Equal("043", EventKindCodes.Cameo(EventKind.Visit, hostSide: true));

    [Fact]
    public void A_detected_call_carries_041()
    {
        Assert.Equal("041", Scenario.Readout().Detect()[0].CameoCode);
    }

    [Fact]
    public void A_host_reporting_a_visit_codes_043()
    {
        var events = new DocumentFixture("President Ivo Marek received Anna Korsgaard, who is in Ostravia on an official visit.")
        { Published = new DateOnly(2024, 3, 3) }.WithCast().Detect();

        Assert.Equal("043", Assert.Single(events).CameoCode);
    }

    [Theory]
    [InlineData("041", "CONSULT", "phone")]
    [InlineData("042", "CONSULT", "visit")]
    [InlineData("043", "CONSULT", "visit")]
    [InlineData("040", "CONSULT", null)]
    [InlineData("046", "CONSULT", null)]
    [InlineData("057", "SUPPORT", null)]
    [InlineData("036", "AGREE", null)]
    public void CAMEO_codes_map_to_PLOVER_by_the_official_table(string cameo, string type, string? mode)
    {
        var plover = EventKindCodes.Plover(cameo);

        Assert.NotNull(plover);
        Assert.Equal(type, plover.Type);
        Assert.Equal(mode, plover.Mode);
    }

    [Fact]
    public void Public_statements_have_no_PLOVER_event() => Assert.Null(EventKindCodes.Plover("010"));

    [Fact]
    public void A_code_missing_from_the_table_falls_back_to_its_parent() =>
        Assert.Equal("CONSULT", EventKindCodes.Plover("0419")?.Type);
}
