using Readout.Annotation.Times;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Time rules read only the clauses that hold their cue words; they must find exactly what a scan of the whole text
/// finds, wherever the punctuation that bounds a clause falls. Sentences are invented.
/// </summary>
public sealed class ClauseScanTests
{
    private static readonly DateOnly Friday = new(2031, 3, 14);

    private static readonly string[] Fragments =
    [
        "five years", "the past year", "two decades ago", "three weeks later", "a few days earlier", "yesterday", "TODAY", "tonight",
        "right now", "these days", "last night", "this morning", "early this week", "the same month", "next spring", "every year",
        "annually", "in the near future", "in the past", "the weekend", "third-quarter", "the second half", "last year's quarter",
        "the year-ago period", "the 1990s", "mid-1990s", "Monday", "last Friday evening", "in March", "mid-May", "10 a.m.", "noon",
        "twenty-four hours", "six-month-long", "five years old", "the minister", "Tarsk", "said", "Valkov", "and", "of", "the",
        ".", ",", ";", ":", "!", "?", "\"", "“", "”", "(", ")", "[", "]", "–", "—", "-", "'", "\n", "\n\n",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clause_bounded_rules_find_what_a_whole_text_scan_finds(int seed)
    {
        var random = new Random(seed);
        var parts = Enumerable.Range(0, 400).Select(_ => Fragments[random.Next(Fragments.Length)]);
        string text = string.Concat(parts.Select(p => random.Next(3) == 0 ? p : p + " "));

        var clauses = Recognize(text, wholeText: false);
        var whole = Recognize(text, wholeText: true);

        Assert.NotEmpty(whole);
        Assert.Equal(whole, clauses);
    }

    [Theory]
    [InlineData("The talks lasted five years.")]
    [InlineData("(five years) ended; two weeks later, Valkov left")]
    [InlineData("five years old.")]
    [InlineData("The ferry, built three decades ago, sails every week: daily in summer")]
    public void Expressions_next_to_clause_punctuation_are_found_whole(string text)
        => Assert.Equal(Recognize(text, wholeText: true), Recognize(text, wholeText: false));

    private static List<(string, int, string)> Recognize(string text, bool wholeText)
    {
        RegexExtensions.WholeTextScans = wholeText;
        try
        {
            return [.. new TimeExpressionRecognizer().Recognize(text, Friday).Select(t => (t.Text, t.Span.Start, t.Value))];
        }
        finally
        {
            RegexExtensions.WholeTextScans = false;
        }
    }
}
