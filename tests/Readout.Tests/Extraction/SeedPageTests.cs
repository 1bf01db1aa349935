using Readout.Extraction;
using Readout.Model;

namespace Readout.Tests.Extraction;

/// <summary>
/// Runs the shared real seed pages through extraction and checks properties that must hold on any
/// page (no chrome in the body, dates right or null). The seeds live outside the repository.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly string[] Chrome = ["en-GB", "ru-RU", "Latest news", "Additional materials", "Advanced settings", "all messages", ".Oct.2025", "Moscow: 15:22", "Consular queries"];

    private static string? SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Readout.slnx")))
            {
                var sibling = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
                if (Directory.Exists(sibling))
                {
                    return sibling;
                }

                break;
            }
        }

        return Directory.Exists("/work/shared/seeds") ? "/work/shared/seeds" : null;
    }

    private static Dictionary<string, (string Content, Article Article)>? Seeds()
    {
        var dir = SeedDirectory();
        if (dir is null)
        {
            return null;
        }

        var extractor = new ArticleExtractor();
        return Directory.GetFiles(dir, "*.txt").ToDictionary(
            f => Path.GetFileName(f)[..3],
            f =>
            {
                var content = File.ReadAllText(f);
                return (content, extractor.Extract(new RawDocument(f, null, SourceFormat.Text, content, "", DocumentHints.None)));
            });
    }

    [Fact]
    public void Bodies_carry_no_chrome_and_dates_are_right_or_null()
    {
        // The seeds are shared data outside the repository; without them there is nothing to check.
        if (Seeds() is not { Count: > 0 } seeds)
        {
            return;
        }

        foreach (var (_, (_, article)) in seeds)
        {
            Assert.All(Chrome, c => Assert.DoesNotContain(c, article.Body));
            Assert.DoesNotMatch(@"\d\d\.\d\d\.\d{4} - ", article.Body);
            Assert.True(article.Captured is null || article.Captured.Date != article.Published?.Date);
        }

        Assert.Equal(new DateOnly(2021, 2, 4), seeds["000"].Article.Published?.Date);
        Assert.Null(seeds["001"].Article.Published);
        Assert.Equal(new DateOnly(2025, 10, 27), seeds["001"].Article.Captured?.Date);
        Assert.Equal(new DateOnly(2021, 2, 5), seeds["002"].Article.Published?.Date);
        Assert.Equal(new DateOnly(2020, 4, 17), seeds["003"].Article.Published?.Date);
        Assert.Null(seeds["004"].Article.Published);
    }

    [Fact]
    public void Teaser_list_under_the_press_release_is_cut()
    {
        if (Seeds() is not { } seeds || !seeds.TryGetValue("004", out var seed))
        {
            return;
        }

        Assert.Equal("Press release on the future of New START", seed.Article.Title);
        Assert.EndsWith("respect for each other’s interests.", seed.Article.Body);
        Assert.Equal(SourceRole.Official, seed.Article.Role);
    }

    [Fact]
    public void Media_reports_carry_their_attribution_chains()
    {
        if (Seeds() is not { } seeds || !seeds.ContainsKey("001") || !seeds.ContainsKey("002"))
        {
            return;
        }

        var xinhua = seeds["002"].Article;
        Assert.Equal(["Xinhua news agency", "Russian Foreign Ministry"], xinhua.Attribution.Select(a => a.Source));
        Assert.Equal("Moscow, Feb 5", xinhua.Dateline?.Text);
        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov", xinhua.Body);
        Assert.Equal(SourceRole.MediaReport, xinhua.Role);

        var (content, tass) = seeds["001"];
        Assert.Equal(["TASS", "Russian Foreign Ministry"], tass.Attribution.Select(a => a.Source));
        Assert.All(tass.Attribution, a => Assert.Contains(a.Source, a.Span.Slice(content)));
        Assert.Equal(SourceRole.MediaReport, tass.Role);
    }
}
