using Readout.Extraction;
using Readout.Extraction.Text;
using Readout.Model;

namespace Readout.Tests.Extraction;

/// <summary>Site templates: lines one site repeats on its pages are chrome once enough pages are seen.</summary>
public sealed class SiteTemplateTests
{
    private const string Promo = "Subscribe to the Ostravian Courier and get the morning briefing on the strait every day.";
    private const string Imprint = "The Ostravian Courier is published by the Courier Media Group, Ostrava, since 1921.";

    private static readonly string[] Stories =
    [
        "Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist on Monday.\n\nThe ministers discussed the fishing dispute in the Varn Strait and agreed to resume talks.",
        "The Belmarian parliament approved the harvest budget on Tuesday after a long debate.\n\nOpposition deputies said the budget ignored the northern provinces and would vote against it.",
        "A ferry between Ostrava and Port Quell ran aground in fog on Wednesday, the coast guard said.\n\nAll forty passengers were brought ashore and no one was hurt, officials said.",
        "The Ostravian central bank left its main rate unchanged on Thursday, citing stable prices.\n\nAnalysts had expected the decision and said a cut could come in the spring.",
    ];

    private static string Page(string title, string story) =>
        "Ostravian Courier\nWorld  Politics  Economy  Culture\n\n" + title + "\n\n" + Promo + "\n\n" + story + "\n\n" + Imprint + "\n\nShare this story\n";

    private static RawDocument Raw(int i, string content, string outlet = "Ostravian Courier") =>
        new($"courier/{outlet}/{i}.txt", null, SourceFormat.Text, content, $"hash{outlet}{i}", new DocumentHints(Outlet: outlet));

    [Fact]
    public void After_three_pages_the_repeated_menu_and_footer_lines_are_gone()
    {
        var extractor = new ArticleExtractor(new SiteTemplateLearner());
        var pages = Stories.Take(3).Select((s, i) => Raw(i, Page($"Courier story number {i + 1} of the week", s))).ToList();
        extractor.Observe(pages);

        var article = extractor.Extract(pages[2]);
        var untaught = new ArticleExtractor().Extract(pages[2]);

        Assert.Contains(Promo, untaught.Body);
        Assert.Contains(Imprint, untaught.Body);
        Assert.StartsWith("A ferry between Ostrava and Port Quell", article.Body);
        Assert.EndsWith("no one was hurt, officials said.", article.Body);
        Assert.DoesNotContain(Promo, article.Body);
        Assert.DoesNotContain(Imprint, article.Body);
        Assert.DoesNotContain("Share this story", article.Body);
    }

    [Fact]
    public void A_single_page_keeps_its_body_unchanged()
    {
        var learner = new SiteTemplateLearner();
        var page = Raw(0, Page("Courier story number one of the week", Stories[0]));
        var extractor = new ArticleExtractor(learner);
        extractor.Observe([page]);

        Assert.Equal(0, learner.For(SiteKey.Of(page)).Count);
        Assert.Equal(new ArticleExtractor().Extract(page).Body, extractor.Extract(page).Body);
    }

    [Fact]
    public void A_wire_story_printed_on_two_sites_and_twice_on_one_is_not_stripped()
    {
        var wire = Stories[0] + "\n\nThe two ministers agreed to meet again in Port Quell before the end of the month, the agency reported.";
        var extractor = new ArticleExtractor(new SiteTemplateLearner());
        var courier = new[] { Raw(0, Page("Darro and Quist talk", wire)), Raw(1, Page("Darro and Quist agree to meet", wire)), Raw(2, Page("Budget approved", Stories[1])) };
        var herald = new[] { Raw(0, "Belmaria Herald\n\nDarro and Quist talk\n\n" + wire + "\n", "Belmaria Herald"), Raw(1, "Belmaria Herald\n\nFerry aground\n\n" + Stories[2] + "\n", "Belmaria Herald") };
        extractor.Observe([.. courier, .. herald]);

        var printed = extractor.Extract(courier[0]);

        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", printed.Body);
        Assert.EndsWith("before the end of the month, the agency reported.", printed.Body);
        Assert.DoesNotContain(Promo, printed.Body);
        Assert.StartsWith("Ostravian Foreign Minister Pell Darro", extractor.Extract(herald[0]).Body);
    }

    [Fact]
    public void The_title_line_is_kept_even_when_the_site_repeats_it()
    {
        var extractor = new ArticleExtractor(new SiteTemplateLearner());
        var pages = Stories.Take(3).Select((s, i) => Raw(i, Page("Ostravian Courier", s))).ToList();
        extractor.Observe(pages);

        Assert.Equal(3, pages.Select(p => extractor.Extract(p).Body).Distinct().Count());
    }

    [Fact]
    public void A_page_seen_twice_counts_once()
    {
        var learner = new SiteTemplateLearner();
        var page = Page("Courier story", Stories[0]);
        for (var i = 0; i < 3; i++)
        {
            learner.Observe("outlet:courier", page);
        }

        Assert.Equal(0, learner.For("outlet:courier").Count);
    }

    [Fact]
    public void A_settled_template_is_kept_after_many_pages()
    {
        var learner = new SiteTemplateLearner();
        for (var i = 0; i < SiteTemplateLearner.MaxPages + 5; i++)
        {
            learner.Observe("outlet:courier", Page($"Courier story {i}", Stories[i % Stories.Length] + $"\n\nReported by desk {i} of the Courier newsroom in Ostrava."));
        }

        var template = learner.For("outlet:courier");

        Assert.True(template.Contains("world   politics economy culture"));
        Assert.True(template.Contains(Imprint));
        Assert.False(template.Contains(Stories[0].Split('\n')[0]));
    }
}
