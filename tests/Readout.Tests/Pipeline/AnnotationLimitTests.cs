using Readout.Model;
using Readout.Pipeline;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Pipeline;

public sealed class AnnotationLimitTests
{
    private const string Line = "Foreign Minister Valkov met Secretary Larcombe in Calt on 7 March 2024.\n";

    [Fact]
    public void A_body_within_the_limit_is_left_whole_without_a_warning()
    {
        var article = new Article { Path = "call.txt", Body = Line };

        Assert.Same(article, AnnotationLimit.Apply(article, out var warning, maxChars: Line.Length));
        Assert.Null(warning);
    }

    [Fact]
    public void A_longer_body_is_cut_at_the_last_line_break_before_the_limit_and_the_warning_says_where()
    {
        var article = new Article { Path = "book.txt", Body = string.Concat(Enumerable.Repeat(Line, 100)) };

        var cut = AnnotationLimit.Apply(article, out var warning, maxChars: 1000);

        Assert.Equal(Line.Length * (1000 / Line.Length) - 1, cut.Body.Length);
        Assert.StartsWith(cut.Body, article.Body, StringComparison.Ordinal);
        Assert.Contains($"up to character {cut.Body.Length:N0}", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_stores_an_over_long_text_cut_and_names_it_in_the_run_warnings_not_its_rejections()
    {
        using var folder = new TempFolder();
        var text = "2024-03-07|Valkov|Larcombe\n" + string.Concat(Enumerable.Repeat(Line, (AnnotationLimit.MaxChars / Line.Length) + 100));
        folder.File("in/long.txt", text);
        using var store = SqliteStore.InMemory();

        var summary = new AnalyzeRun(TestStages.Pipeline(), store).Run([Path.Combine(folder.Path, "in")]);

        Assert.Empty(summary.Rejected);
        var warning = Assert.Single(summary.Warnings);
        Assert.EndsWith("long.txt", warning.Path, StringComparison.Ordinal);
        Assert.True(store.GetStoredDocument(Assert.Single(summary.DocumentIds))!.Article.Body.Length <= AnnotationLimit.MaxChars);
    }
}
