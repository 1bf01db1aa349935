using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Readout.Server.Tests;

/// <summary>The read API over the analysed sample corpus: listing, filters, paging, details, problem details.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ApiReadTests(SampleStore samples) : IDisposable
{
    private readonly ServerFactory _server = new(samples.Copy());

    public void Dispose() => _server.Dispose();

    private async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _server.CreateClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Events_are_listed_with_the_total_and_paged_without_overlap()
    {
        var first = await Json("/api/events?pageSize=3");
        var second = await Json("/api/events?pageSize=3&page=2");
        Assert.Equal(samples.Counts.Events, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Event_filters_narrow_by_kind_person_outlet_and_date()
    {
        var calls = await Json("/api/events?kind=telephone_conversation");
        Assert.True(calls.GetProperty("total").GetInt32() >= 2);
        Assert.All(calls.GetProperty("items").EnumerateArray(), e => Assert.Equal("telephone_conversation", e.GetProperty("kind").GetString()));

        var valkov = await Json("/api/events?person=Valkov");
        Assert.All(valkov.GetProperty("items").EnumerateArray(), e =>
            Assert.Contains(e.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString()!.Contains("Valkov", StringComparison.Ordinal)));

        var courier = await Json("/api/events?outlet=tessarin%20courier");
        Assert.True(courier.GetProperty("total").GetInt32() >= 1);

        var march = await Json("/api/events?from=2024-03-01&to=2024-03-31");
        Assert.All(march.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("2024-03", e.GetProperty("date").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_comes_with_its_documents_and_primary_source()
    {
        var list = await Json("/api/events?kind=telephone_conversation&person=person:andrey-valkov&from=2024-03-01");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var detail = await Json($"/api/events/{id}");
        var documents = detail.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();
        Assert.True(documents.Count >= 2, "the sample call is reported by several sources");
        Assert.Contains(detail.GetProperty("primary").GetProperty("id").GetInt64(), documents);
        Assert.Equal("041", detail.GetProperty("event").GetProperty("cameo").GetString());
    }

    [Fact]
    public async Task An_event_carries_its_plover_type_and_per_source_the_sentence_and_date_words_that_report_it()
    {
        var list = await Json("/api/events?kind=telephone_conversation&person=person:andrey-valkov&from=2024-03-01");
        var summary = list.GetProperty("items")[0];
        Assert.Equal("CONSULT", summary.GetProperty("plover").GetProperty("type").GetString());

        var detail = await Json($"/api/events/{summary.GetProperty("id").GetInt64()}");
        var evidence = detail.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(detail.GetProperty("primary").GetProperty("id").GetInt64(), evidence[0].GetProperty("document").GetInt64());
        var primary = await Json($"/api/documents/{evidence[0].GetProperty("document").GetInt64()}");
        var body = primary.GetProperty("body").GetString()!;
        var dateSpan = evidence[0].GetProperty("date_span").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(evidence[0].GetProperty("date_text").GetString(), body[dateSpan[0]..dateSpan[1]]);
        var sentence = evidence[0].GetProperty("span").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Contains("telephone", body[sentence[0]..sentence[1]], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_has_its_article_and_annotation_spans_into_the_body()
    {
        var list = await Json("/api/documents?pageSize=100");
        Assert.Equal(samples.Counts.Documents, list.GetProperty("total").GetInt32());
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var document = await Json($"/api/documents/{id}");
        var body = document.GetProperty("body").GetString()!;
        var mentions = document.GetProperty("annotations").GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            var span = mention.GetProperty("span");
            Assert.Equal(mention.GetProperty("text").GetString(), body[span[0].GetInt32()..span[1].GetInt32()]);
        }
    }

    [Fact]
    public async Task Missing_things_and_bad_parameters_are_problem_details()
    {
        using var client = _server.CreateClient();
        foreach (var (url, status) in new[] { ("/api/events/999999", 404), ("/api/documents/999999", 404), ("/api/events?from=yesterday", 400), ("/api/events?pageSize=1000", 400), ("/api/events?kind=duel", 400), ("/api/search", 400) })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        }
    }

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/documents/1")]
    [InlineData("/")]
    [InlineData("/api/export/events.csv")]
    public async Task GETs_carry_a_weak_etag_and_answer_304_when_it_matches(string url)
    {
        using var client = _server.CreateClient();
        using var first = await client.GetAsync(url);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.True(tag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\"", isWeak: true));
        using var third = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_operations_and_the_explorer_page_uses_no_inline_script()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/events/{id}", paths);
        Assert.Contains("/api/search", paths);
        Assert.True(doc.GetProperty("paths").GetProperty("/api/documents").TryGetProperty("post", out _));

        var page = await _server.CreateClient().GetStringAsync("/api-docs");
        Assert.Contains("<script src=\"/static/api.js\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", await _server.CreateClient().GetStringAsync("/static/api.js"), StringComparison.Ordinal);
    }
}
