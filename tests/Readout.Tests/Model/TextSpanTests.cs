using Readout.Model;

namespace Readout.Tests.Model;

public sealed class TextSpanTests
{
    [Fact]
    public void Slice_returns_the_covered_characters()
    {
        var span = new TextSpan(4, 9);
        Assert.Equal("Ostra", span.Slice("The Ostravian minister"));
        Assert.Equal(5, span.Length);
    }
}
