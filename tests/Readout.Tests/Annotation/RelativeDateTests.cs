using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Relative expressions resolve against the document date (publication, else dateline).</summary>
public sealed class RelativeDateTests
{
    private static readonly DateOnly Friday = new(2031, 3, 14);

    [Theory]
    [InlineData("They spoke on Thursday.", "Thursday", "2031-03-13")]
    [InlineData("They spoke on Friday.", "Friday", "2031-03-14")]
    [InlineData("They spoke on Saturday.", "Saturday", "2031-03-08")]
    [InlineData("They spoke last Friday.", "last Friday", "2031-03-07")]
    [InlineData("They will speak on Tuesday.", "Tuesday", "2031-03-18")]
    [InlineData("They will meet next Monday.", "next Monday", "2031-03-17")]
    [InlineData("They spoke yesterday.", "yesterday", "2031-03-13")]
    [InlineData("They speak today.", "today", "2031-03-14")]
    [InlineData("They speak tomorrow.", "tomorrow", "2031-03-15")]
    [InlineData("They spoke three days ago.", "three days ago", "2031-03-11")]
    public void Days_resolve_to_dates(string body, string text, string value)
    {
        var t = Assert.Single(Fixture.Annotate(body, Friday).Times);
        Assert.Equal(text, t.Text);
        Assert.Equal(value, t.Value);
        Assert.NotNull(t.Date);
    }

    [Theory]
    [InlineData("They met last week.", "2031-W10")]
    [InlineData("They met earlier this month.", "2031-03")]
    [InlineData("They meet next month.", "2031-04")]
    [InlineData("They met last month.", "2031-02")]
    [InlineData("They meet this year.", "2031")]
    [InlineData("They met last year.", "2030")]
    [InlineData("The summit is scheduled for later this year.", "2031")]
    public void Periods_resolve_to_timex_values(string body, string value)
        => Assert.Equal(value, Assert.Single(Fixture.Annotate(body, Friday).Times).Value);

    [Fact]
    public void The_dateline_date_is_used_when_there_is_no_publication_date()
    {
        var article = new Article
        {
            Path = "x",
            Body = "They spoke on Thursday.",
            Dateline = new Dateline("Tarsk", Friday, "Tarsk, March 14", new TextSpan(0, 0)),
        };
        Assert.Equal("2031-03-13", new Readout.Annotation.Annotator().Annotate(article).Times.Single().Value);
    }

    [Theory]
    [InlineData("They spoke on Thursday.", "XXXX-WXX-4")]
    [InlineData("They spoke yesterday.", "XXXX-XX-XX")]
    [InlineData("They met last week.", "XXXX-WXX")]
    public void Without_a_document_date_values_are_underspecified(string body, string value)
    {
        var t = Assert.Single(Fixture.Annotate(body).Times);
        Assert.Equal(value, t.Value);
        Assert.Null(t.Date);
    }
}
