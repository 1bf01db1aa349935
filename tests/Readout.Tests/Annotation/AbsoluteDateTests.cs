namespace Readout.Tests.Annotation;

/// <summary>Absolute dates in the usual news formats; a missing year comes from the document date.</summary>
public sealed class AbsoluteDateTests
{
    private static readonly DateOnly Published = new(2031, 3, 14);

    [Theory]
    [InlineData("on 4 February 2030 they met", "4 February 2030", "2030-02-04")]
    [InlineData("on February 4, 2030 they met", "February 4, 2030", "2030-02-04")]
    [InlineData("on February 4 they met", "February 4", "2031-02-04")]
    [InlineData("Tarsk, Feb 5 : they met", "Feb 5", "2031-02-05")]
    [InlineData("filed 2030-02-05 in Tarsk", "2030-02-05", "2030-02-05")]
    [InlineData("posted 16.09.2030 - statement", "16.09.2030", "2030-09-16")]
    public void Day_precise_dates_resolve(string body, string text, string value)
    {
        var t = Assert.Single(Fixture.Annotate(body, Published).Times);
        Assert.Equal(text, t.Text);
        Assert.Equal(value, t.Value);
        Assert.Equal(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture), t.Date);
    }

    [Fact]
    public void A_list_of_days_yields_one_date_each()
    {
        var times = Fixture.Annotate("the calls on April 9, 10, 11 and 12 were long", Published).Times;
        Assert.Equal(["2031-04-09", "2031-04-10", "2031-04-11", "2031-04-12"], times.Select(t => t.Value));
        Assert.Equal(["April 9", "10", "11", "12"], times.Select(t => t.Text));
    }

    [Theory]
    [InlineData("the pact runs until 2036.", "2036")]
    [InlineData("it expires in February 2032.", "2032-02")]
    [InlineData("as in the 1990s.", "199")]
    public void Coarser_dates_keep_their_granularity(string body, string value)
    {
        var t = Assert.Single(Fixture.Annotate(body, Published).Times);
        Assert.Equal(value, t.Value);
        Assert.Null(t.Date);
    }

    [Fact]
    public void Without_a_document_date_a_yearless_date_is_underspecified()
    {
        var t = Assert.Single(Fixture.Annotate("on February 4 they met").Times);
        Assert.Equal("XXXX-02-04", t.Value);
        Assert.Null(t.Date);
    }

    [Fact]
    public void Phone_numbers_and_counts_are_not_years()
        => Assert.DoesNotContain(Fixture.Annotate("Call +44 (0) 203 668 7474 or fax 2030-555.", Published).Times, t => t.Value == "2030");
}
