using Readout.Annotation;
using Readout.Annotation.Entities;
using Readout.Annotation.Text;

namespace Readout.Tests.Annotation;

/// <summary>
/// A document's lines are found once, as token ranges, for the recognizers that read tables and lists row by row:
/// each line is the tokens between two line breaks, blank lines hold no tokens and so are no lines, and every
/// token's line is the one that holds it. Names and results are invented.
/// </summary>
public sealed class DocumentLinesTests
{
    private const string Results =
        "\nOSTRAVIAN LEAGUE RESULTS\r\n\r\nGloria Tarsk 2 Kestrel Velm 1\n  \nBrisko 0 Dortvik 3 .\nStandings :";

    [Fact]
    public void Each_line_is_the_tokens_between_two_line_breaks_and_blank_lines_are_no_lines()
    {
        var doc = new DocumentContext(Results);
        string[] lines = [.. Lines(doc)];
        Assert.Equal(["OSTRAVIAN LEAGUE RESULTS", "Gloria Tarsk 2 Kestrel Velm 1", "Brisko 0 Dortvik 3 .", "Standings :"], lines);
    }

    [Fact]
    public void Walking_the_lines_gives_the_lines_by_number()
    {
        var doc = new DocumentContext(Results);
        var walked = new List<TokenLine>();
        foreach (var line in doc.Lines)
        {
            walked.Add(line);
        }

        Assert.Equal(Enumerable.Range(0, doc.Lines.Count).Select(n => doc.Lines[n]), walked);
    }

    [Theory]
    [InlineData(Results)]
    [InlineData("Minister Arlen Valkov spoke .")]
    [InlineData("Velm\nTarsk\n\n\nBrisko ( Ostravia )\r\n")]
    [InlineData("A\nB\nC")]
    public void Every_token_lies_in_one_line_that_opens_at_a_break_and_closes_before_the_next(string text)
    {
        var doc = new DocumentContext(text);
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            var line = doc.Lines.Holding(i);
            Assert.InRange(i, line.Start, line.End - 1);
            Assert.True(LineShape.Opens(doc, line.Start));
            Assert.True(LineShape.Closed(doc, line.End));
            for (int k = line.Start + 1; k < line.End; k++)
            {
                Assert.False(doc.BreakBefore(k));
            }
        }
    }

    [Fact]
    public void The_lines_cover_the_tokens_in_order_without_gaps()
    {
        var doc = new DocumentContext(Results);
        int next = 0;
        foreach (var (start, end) in doc.Lines)
        {
            Assert.Equal(next, start);
            Assert.True(end > start);
            next = end;
        }

        Assert.Equal(doc.Tokens.Length, next);
    }

    [Fact]
    public void Lines_are_numbered_from_zero_to_one_before_their_count()
    {
        var doc = new DocumentContext(Results);
        Assert.Equal(new TokenLine(0, 3), doc.Lines[0]);
        Assert.Equal(4, doc.Lines.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.Lines[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.Lines[-1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public void A_text_without_tokens_has_no_lines(string text)
    {
        var doc = new DocumentContext(text);
        Assert.Equal(0, doc.Lines.Count);
        Assert.Empty(Lines(doc));
    }

    private static IEnumerable<string> Lines(DocumentContext doc)
    {
        var lines = new List<string>();
        foreach (var (start, end) in doc.Lines)
        {
            lines.Add(string.Join(' ', Enumerable.Range(start, end - start).Select(k => doc.Word(k).ToString())));
        }

        return lines;
    }
}
