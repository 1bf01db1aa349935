using System.Net;
using System.Text;
using System.Text.Json;

namespace Readout.Server.Tests;

/// <summary>POST /api/documents: the API key, limits, and ingest through the pipeline into search.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class IngestTests(SampleStore samples)
{
    private const string Page = """
        Foreign Minister of Karvonia Tomas Reinholt held a telephone conversation with Belmarian Foreign Secretary Edwin Larcombe on 12 April 2024. The ministers discussed the quokkafish quota in the Serran Strait.
        """;

    private static HttpRequestMessage Post(string body, string contentType = "text/plain", string? key = null, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents" + query) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task Without_a_configured_key_writes_are_forbidden()
    {
        using var server = new ServerFactory(samples.Copy());
        using var response = await server.CreateClient().SendAsync(Post(Page, key: "anything"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_a_configured_key_a_missing_or_wrong_key_is_unauthorized()
    {
        using var server = new ServerFactory(samples.Copy(), ServerFactory.Key);
        using var missing = await server.CreateClient().SendAsync(Post(Page));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        using var wrong = await server.CreateClient().SendAsync(Post(Page, key: "test-key-124"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task With_the_key_a_page_is_analysed_stored_and_searchable()
    {
        using var server = new ServerFactory(samples.Copy(), ServerFactory.Key);
        var client = server.CreateClient();
        using var response = await client.SendAsync(Post(Page, key: ServerFactory.Key, query: "?name=quota.txt&outlet=Estuary%20Press&published=2024-04-12&title=Quota%20call"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var result = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, result.GetProperty("documents_new").GetInt32());
        var id = result.GetProperty("documents")[0].GetInt64();
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);

        var document = JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{id}")).RootElement;
        Assert.Equal("Estuary Press", document.GetProperty("outlet").GetString());
        Assert.Equal("2024-04-12", document.GetProperty("published").GetString());
        Assert.NotEmpty(result.GetProperty("events").EnumerateArray());

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=quokkafish")).RootElement;
        Assert.Equal(id, search.GetProperty("documents").GetProperty("items")[0].GetProperty("document").GetProperty("id").GetInt64());

        // The same page again is a duplicate, not a second document.
        using var again = await client.SendAsync(Post(Page, key: ServerFactory.Key, query: "?outlet=Estuary%20Press&published=2024-04-12&title=Quota%20call"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("documents_duplicate").GetInt32());
    }

    [Fact]
    public async Task Unsupported_types_oversized_bodies_and_bursts_are_refused()
    {
        using var server = new ServerFactory(samples.Copy(), ServerFactory.Key, maxUploadBytes: 2_000, writesPerMinute: 3);
        var client = server.CreateClient();
        using var pdf = await client.SendAsync(Post(Page, "application/pdf", ServerFactory.Key));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        using var large = await client.SendAsync(Post(new string('x', 5_000), key: ServerFactory.Key));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);

        // Routing answers 415 before the endpoint, so only requests that reach it count: 3 per minute here.
        using var second = await client.SendAsync(Post(new string('x', 5_000), key: ServerFactory.Key));
        using var third = await client.SendAsync(Post(Page, key: ServerFactory.Key));
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        using var limited = await client.SendAsync(Post(Page, key: ServerFactory.Key));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }
}
