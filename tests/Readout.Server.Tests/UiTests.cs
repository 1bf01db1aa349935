using System.Text.Json;

namespace Readout.Server.Tests;

/// <summary>The server-rendered pages: they render from the store, carry the security headers, and show the claims matrix.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class UiTests(SampleStore samples) : IDisposable
{
    private readonly ServerFactory _server = new(samples.Copy());

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/documents")]
    [InlineData("/search?q=valkov")]
    [InlineData("/timeline?key=person:andrey-valkov")]
    [InlineData("/?kind=telephone_conversation&person=Valkov&from=2024-01-01")]
    public async Task Pages_render_with_strict_security_headers(string url)
    {
        using var response = await _server.CreateClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Event_page_shows_participants_primary_source_and_the_claims_matrix()
    {
        var list = JsonDocument.Parse(await _server.CreateClient().GetStringAsync("/api/events?person=person:andrey-valkov&kind=telephone_conversation&from=2024-03-01")).RootElement;
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var html = await _server.CreateClient().GetStringAsync($"/events/{id}");
        Assert.Contains("Andrey Valkov", html, StringComparison.Ordinal);
        Assert.Contains("Foreign Secretary", html, StringComparison.Ordinal);
        Assert.Contains("CAMEO", html, StringComparison.Ordinal);
        Assert.Contains("badge-primary", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claims-matrix\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"matrix\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_page_marks_mentions_by_span()
    {
        var html = await _server.CreateClient().GetStringAsync("/documents/1");
        Assert.Contains("<mark class=\"person\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_is_a_server_rendered_svg_with_links_to_events()
    {
        var html = await _server.CreateClient().GetStringAsync("/timeline?key=person:andrey-valkov");
        Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/events/", html, StringComparison.Ordinal);
        Assert.Contains("2023-02-16", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_event_page_is_404()
    {
        using var response = await _server.CreateClient().GetAsync("/events/424242");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
