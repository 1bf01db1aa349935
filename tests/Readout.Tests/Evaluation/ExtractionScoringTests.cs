using System.IO.Compression;
using System.Text;
using Readout.Evaluation.Extraction;
using Readout.Tests.Support;

namespace Readout.Tests.Evaluation;

/// <summary>The scorers on tiny fictional sets in each public set's own layout (the full runs are `readout eval`).</summary>
public sealed class ExtractionScoringTests
{
    private const string Body = "Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian Foreign Secretary Edwin Larcombe on Thursday. "
        + "The ministers welcomed the extension of the Coastal Arms Limitation Treaty and agreed to keep in regular contact about fisheries.";

    private static readonly string Page = $"""
        <html><head><title>Valkov and Larcombe talk by phone | Belmaria Herald</title>
        <meta property="article:published_time" content="2024-03-08T07:35:00+00:00"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Valkov and Larcombe talk by phone</h1><p>{Body}</p></article>
        <footer>Copyright Belmaria Herald Media. All rights reserved.</footer></body></html>
        """;

    [Fact]
    public void Shingle_overlap_counts_word_four_grams_as_a_multiset()
    {
        var (tp, fp, fn) = ScrapingHubEvaluator.Compare("one two three four five", "one two three four six");
        Assert.Equal((1.0 / 3, 1.0 / 3, 1.0 / 3), (tp, fp, fn));
    }

    [Fact]
    public void A_clean_article_scores_full_marks_on_the_scrapinghub_layout()
    {
        using var folder = new TempFolder();
        using (var gz = new GZipStream(File.Create(folder.Combine("html/p1.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Page));
        }

        folder.File("ground-truth.json", "{\"p1\": {\"articleBody\": \"" + Body + "\", \"url\": \"https://herald.example/1\"}}");

        var result = new ScrapingHubEvaluator().Evaluate(folder.Path);

        Assert.Equal(1, result.Items);
        Assert.True(result.Metrics.Single(m => m.Name == "f1").Value > 0.95);
    }

    [Fact]
    public void Snippets_inside_and_outside_the_body_score_on_the_trafilatura_layout()
    {
        using var folder = new TempFolder();
        folder.File("eval/p1.html", Page);
        folder.File("evaldata.json", """
            {"https://herald.example/1": {"file": "p1.html", "with": ["spoke by telephone with Belmarian", "regular contact about fisheries"], "without": ["All rights reserved"]}}
            """);

        var result = new TrafilaturaEvaluator().Evaluate(folder.Path);

        Assert.Equal(1.0, result.Metrics.Single(m => m.Name == "f1").Value, 3);
    }
}
