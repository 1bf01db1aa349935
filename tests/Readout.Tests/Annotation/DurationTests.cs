using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Durations become ISO-8601 periods; vague amounts use X.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("extend the pact for five years", "five years", "P5Y")]
    [InlineData("a two-year extension", "two-year", "P2Y")]
    [InlineData("talks lasted 3 hours", "3 hours", "PT3H")]
    [InlineData("for several months now", "several months", "PXM")]
    [InlineData("1302 days have passed", "1302 days", "P1302D")]
    [InlineData("for many decades", "many decades", "PXDE")]
    public void Amounts_of_time_become_periods(string body, string text, string value)
    {
        var t = Fixture.Annotate(body, new DateOnly(2031, 3, 14)).Times.First();
        Assert.Equal(TimeKind.Duration, t.Kind);
        Assert.Equal(text, t.Text);
        Assert.Equal(value, t.Value);
    }
}
