using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Readout.Pipeline;
using Readout.Storage;
using Xunit.Abstractions;

namespace Readout.Server.Tests.Browser;

/// <summary>
/// The UI in a real browser (Chromium through Playwright, over Kestrel): the claims matrix on the real seed
/// documents (screenshots for docs/), and the attack corpus rendered with script watchers on.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class BrowserTests(Chromium chromium, SampleStore samples, ITestOutputHelper output)
{
    /// <summary>Set to 1 to write the screenshots into docs/ (otherwise they go to the test output folder).</summary>
    public const string UpdateScreenshots = "READOUT_UPDATE_SCREENSHOTS";

    [Fact]
    public async Task Seed_event_page_shows_changed_and_dropped_claims_and_the_timeline_renders()
    {
        if (chromium.Browser is not { } browser)
        {
            output.WriteLine(Chromium.Absent);
            return;
        }

        if (SeedsFolder() is not { } seeds)
        {
            output.WriteLine("UI test skipped: ../shared/seeds (the real seed pages) not found beside the repository.");
            return;
        }

        var database = Path.Combine(samples.Folder, "seeds-" + Guid.NewGuid().ToString("N") + ".db"); // removed with the fixture's folder
        using (var store = SqliteStore.Open(database))
        {
            new AnalyzeRun(ReadoutPipeline.CreateDefault(), store).Run([seeds]);
        }

        await using var server = await LiveServer.StartAsync(database);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        var events = await http.GetFromJsonAsync<JsonElement>("/api/events?person=Lavrov&kind=telephone_conversation&from=2021-02-04&to=2021-02-04");
        var id = events.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("name").GetString()!.Contains("Blinken", StringComparison.Ordinal)))
            .GetProperty("id").GetInt64();

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var watch = Watch(page);
        var response = await page.GotoAsync($"{server.Address}/events/{id}");
        Assert.Equal(200, response!.Status);

        var matrix = page.Locator("#claims-matrix table.matrix");
        await Assertions.Expect(matrix).ToBeVisibleAsync();
        Assert.Contains("primary", await page.Locator("#claims-matrix thead th.primary-col").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        var changed = await page.Locator("#claims-matrix td.cell.v-changed").AllInnerTextsAsync();
        output.WriteLine("changed cells:\n" + string.Join("\n", changed));
        Assert.Contains(changed, c => c.Contains("Open Skies", StringComparison.Ordinal));
        Assert.Contains(changed, c => c.Contains("respect → trust", StringComparison.Ordinal));
        Assert.Contains(changed, c => c.Contains("speaker:", StringComparison.Ordinal));
        Assert.All(changed, c => Assert.Contains("changed", c, StringComparison.Ordinal)); // a word, not only a colour
        var dropped = page.Locator("#claims-matrix td.cell.v-dropped");
        Assert.True(await dropped.CountAsync() >= 1, "no dropped cell");
        Assert.Contains("dropped", await dropped.First.InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot(page, "screenshot-event.png");

        // A changed cell opens its document with the claim marked and scrolled to.
        var href = await page.Locator("#claims-matrix td.cell.v-changed a.verdict").First.GetAttributeAsync("href");
        Assert.Matches(@"^/documents/\d+\?hl=\d+-\d+#hl$", href);
        await page.GotoAsync(server.Address + href);
        await Assertions.Expect(page.Locator("mark#hl")).ToBeInViewportAsync();

        var timeline = await page.GotoAsync($"{server.Address}/timeline?key=person:sergey-lavrov");
        Assert.Equal(200, timeline!.Status);
        await Assertions.Expect(page.Locator("svg.timeline")).ToBeVisibleAsync();
        Assert.True(await page.Locator("svg.timeline a").CountAsync() >= 1, "no event on the timeline");
        await Screenshot(page, "screenshot-timeline.png");

        Assert.True(watch.Dialogs.Count == 0, string.Join("\n", watch.Dialogs));
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Attack_corpus_runs_no_script_in_the_browser()
    {
        if (chromium.Browser is not { } browser)
        {
            output.WriteLine(Chromium.Absent);
            return;
        }

        await using var server = await LiveServer.StartAsync(samples.Copy(), ServerFactory.Key);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        var documents = new List<long>();
        var events = new List<long>();
        foreach (var (body, type) in AttackPages.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8, type) };
            request.Headers.Add("X-Api-Key", ServerFactory.Key);
            using var posted = await http.SendAsync(request);
            var json = await posted.Content.ReadAsStringAsync();
            Assert.True(posted.IsSuccessStatusCode, $"{type}: {(int)posted.StatusCode} {json}");
            var result = JsonDocument.Parse(json).RootElement;
            documents.AddRange(result.GetProperty("documents").EnumerateArray().Select(d => d.GetInt64()));
            events.AddRange(result.GetProperty("events").EnumerateArray().Select(e => e.GetInt64()));
        }

        Assert.Equal(AttackPages.All.Length, documents.Count);
        Assert.NotEmpty(events);

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = Watch(page);
        var urls = documents.Select(id => $"/documents/{id}").Concat(documents.Select(id => $"/documents/{id}?hl=0-40#hl"))
            .Concat(events.Distinct().Select(id => $"/events/{id}"))
            .Concat(["/", "/documents", "/search?q=pwned", "/search?q=script", "/search?q=alert", "/search?q=ministers", "/timeline?key=person:tomas-reinholt", "/?person=Reinholt"])
            .ToList();
        var sawPayloadText = false;
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(server.Address + url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.True(response!.Status == 200, $"{url}: {response.Status}");
            sawPayloadText |= (await page.Locator("body").InnerTextAsync()).Contains("__pwned", StringComparison.Ordinal);

            // Follow every link the page offers that is not plain navigation inside the site or to http(s).
            foreach (var href in await page.Locator("a[href]").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"))
            {
                Assert.True(href.StartsWith('/') || href.StartsWith('#') || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith('?'),
                    $"{url}: link {href}");
            }

            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        }

        Assert.True(sawPayloadText, "the payloads never showed as text: the test would prove nothing");
        output.WriteLine($"{urls.Count} pages visited; dialogs {watch.Dialogs.Count}; console errors {watch.Errors.Count}");
        Assert.True(watch.Dialogs.Count == 0, string.Join("\n", watch.Dialogs));
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    /// <summary>Dialogs (alert, confirm, prompt) are recorded and dismissed; console errors and page errors recorded.</summary>
    private static Watcher Watch(IPage page)
    {
        var watcher = new Watcher();
        page.Dialog += async (_, dialog) =>
        {
            watcher.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watcher.Errors.Add($"console: {message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => watcher.Errors.Add($"page error: {error}");
        return watcher;
    }

    private async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable(UpdateScreenshots) == "1"
            ? Path.Combine(SampleStore.RepositoryRoot, "docs")
            : Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    /// <summary>The real seed pages, kept outside the repository: ../shared/seeds beside it (or beside a parent, for worktrees).</summary>
    private static string? SeedsFolder()
    {
        for (var dir = Directory.GetParent(SampleStore.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any())
            {
                return seeds;
            }
        }

        return null;
    }

    private sealed class Watcher
    {
        public List<string> Dialogs { get; } = [];

        public List<string> Errors { get; } = [];
    }
}
