using Microsoft.Playwright;

namespace Readout.Server.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright. Never downloads a browser: when /usr/bin/chromium is absent,
/// <see cref="Browser"/> is null and every UI test returns early saying so (CI installs it when apt-get is there).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string Absent = "UI test skipped: " + ExecutablePath + " not found (apt-get install chromium); no browser is downloaded.";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>, ICollectionFixture<SampleStore>
{
    public const string Name = "chromium";
}
