using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>The TIMEX3 rule families added for TempEval-3: spans and values on invented sentences (document date Friday 2031-03-14).</summary>
public sealed class TimexRuleTests
{
    private static readonly DateOnly Friday = new(2031, 3, 14);

    private static TimeExpression Only(string body) => Assert.Single(Fixture.Annotate(body, Friday).Times);

    [Theory]
    [InlineData("Tarsk Shipping's third-quarter profit rose.", "third-quarter", "2030-Q3")]
    [InlineData("Profit fell in the first quarter.", "the first quarter", "2031-Q1")]
    [InlineData("Exports rose in the third quarter of 2029.", "the third quarter of 2029", "2029-Q3")]
    [InlineData("Sales grew in the latest quarter.", "the latest quarter", "2030-Q4")]
    [InlineData("Growth slowed in the second half of 2030.", "the second half of 2030", "2030-H2")]
    public void Quarters_and_halves(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("The port is inspected every year.", "every year", "P1Y")]
    [InlineData("The council meets annually in Tarsk.", "annually", "P1Y")]
    [InlineData("Ferries sail daily to Port Azur.", "daily", "P1D")]
    [InlineData("Valkov calls each week.", "each week", "P1W")]
    public void Sets(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value, TimeKind.Set), (t.Text, t.Value, t.Kind));
    }

    [Theory]
    [InlineData("Valkov spoke this morning.", "this morning", "2031-03-14TMO")]
    [InlineData("Valkov spoke last night.", "last night", "2031-03-13TNI")]
    [InlineData("The talks began at 9 a.m. in Tarsk.", "9 a.m.", "2031-03-14T09:00")]
    [InlineData("The vote closed at 10:30 p.m. Thursday.", "10:30 p.m. Thursday", "2031-03-13T22:30")]
    public void Times_of_day(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("Fishing quotas will be revised in the future.", "the future", "FUTURE_REF")]
    [InlineData("A deal is expected in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("Such talks failed in the past.", "the past", "PAST_REF")]
    [InlineData("Velmora is right now the largest buyer.", "right now", "PRESENT_REF")]
    [InlineData("Ostravia is wealthier these days.", "these days", "PRESENT_REF")]
    public void Vague_references(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("Relations soured in the 1990s.", "the 1990s", "199")]
    [InlineData("Relations soured in the late 1990s.", "the late 1990s", "199")]
    [InlineData("The treaty lapsed at the end of 2029.", "the end of 2029", "2029")]
    [InlineData("The envoy arrived in late November.", "late November", "2030-11")]
    [InlineData("The envoy arrived last November.", "last November", "2030-11")]
    [InlineData("The envoy arrived in mid-February.", "mid-February", "2031-02")]
    [InlineData("The envoy left earlier this week.", "this week", "2031-W11")]
    [InlineData("Cases rose in the last week.", "the last week", "2031-W10")]
    public void Span_conventions_take_in_modifiers_but_not_earlier_or_later(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("The ferry sank in December.", "2030-12")]
    [InlineData("The ferry sank in February.", "2031-02")]
    [InlineData("The ferry will be raised in June.", "2031-06")]
    [InlineData("The ferry was raised on Nov. 25.", "2030-11-25")]
    [InlineData("The ferry sank on Aug. 20.", "2030-08-20")]
    [InlineData("The dividend is payable May 2.", "2031-05-02")]
    public void A_month_without_a_year_is_the_past_one_unless_it_is_a_few_months_ahead(string body, string value)
        => Assert.Equal(value, Only(body).Value);

    [Theory]
    [InlineData("Prices were lower a year earlier.", "a year earlier", "2030")]
    [InlineData("The pact was signed a decade ago.", "a decade ago", "2021")]
    [InlineData("The crisis lasted twenty-four hours.", "twenty-four hours", "PT24H")]
    [InlineData("The dispute lasted two decades.", "two decades", "P20Y")]
    [InlineData("They met over the weekend.", "the weekend", "2031-W10-WE")]
    public void Relative_amounts_and_durations(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("Tarsk Shipping's third-quarter profit rose to $5 million from $3 million a year ago.", "a year ago", "2029-Q3")]
    [InlineData("Profit rose in the third quarter. Sales fell from a year earlier.", "a year earlier", "2029-Q3")]
    [InlineData("Profit rose in the third quarter. In the year-ago quarter, it fell.", "the year-ago quarter", "2029-Q3")]
    [InlineData("Profit rose in the third quarter. In the year-earlier period, it fell.", "the year-earlier period", "2029-Q3")]
    [InlineData("Profit rose in the third quarter. Year-earlier results included a gain.", "Year-earlier", "2029-Q3")]
    [InlineData("Profit rose in the third quarter. The latest period had a gain.", "The latest period", "2030-Q3")]
    [InlineData("Profit rose in the third quarter. In the 2029 quarter, it fell.", "the 2029 quarter", "2029-Q3")]
    public void Earnings_reports_compare_with_the_same_quarter_a_year_before(string body, string text, string value)
    {
        var t = Fixture.Annotate(body, Friday).Times.Last();
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Theory]
    [InlineData("The council met on Monday, March 10, in Tarsk.", "Monday, March 10", "2031-03-10")]
    [InlineData("Valkov planned to leave Tarsk on Tuesday.", "Tuesday", "2031-03-18")]
    [InlineData("Valkov could arrive as early as Tuesday.", "Tuesday", "2031-03-18")]
    [InlineData("Tensions grew over the past decade.", "the past decade", "P10Y")]
    public void Weekdays_dates_and_periods(string body, string text, string value)
    {
        var t = Only(body);
        Assert.Equal((text, value), (t.Text, t.Value));
    }

    [Fact]
    public void Ages_are_not_durations()
        => Assert.Empty(Fixture.Annotate("The nine-year-old girl was rescued.", Friday).Times);
}
