using System.Net;
using System.Text.Json;

namespace Readout.Server.Tests;

/// <summary>
/// Search narrowing by date range, person/organisation and topic, and the facets that offer them: months of the
/// document matches, participants and topics of the matching events; on the API and as links on the search page.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SearchFacetTests(SampleStore samples) : IDisposable
{
    private const string Words = "valkov";

    private readonly ServerFactory _server = new(samples.Copy());

    public void Dispose() => _server.Dispose();

    private async Task<JsonElement> Search(string filters = "", HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _server.CreateClient().GetAsync($"/api/search?q={Words}&pageSize=200{filters}");
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Facet(JsonElement results, string name) => results.GetProperty("facets").GetProperty(name).EnumerateArray();

    private static int DocumentTotal(JsonElement results) => results.GetProperty("documents").GetProperty("total").GetInt32();

    private static IEnumerable<JsonElement> Events(JsonElement results) => results.GetProperty("events").EnumerateArray().Select(h => h.GetProperty("event"));

    [Fact]
    public async Task Months_count_every_dated_document_match_in_order_and_a_month_narrows_to_its_documents()
    {
        var all = await Search();
        var months = Facet(all, "months").Select(m => (Value: m.GetProperty("value").GetString()!, Count: m.GetProperty("count").GetInt32())).ToList();
        Assert.NotEmpty(months);
        Assert.Equal(months.Select(m => m.Value).Order(StringComparer.Ordinal), months.Select(m => m.Value));
        Assert.True(months.Sum(m => m.Count) <= DocumentTotal(all));

        var (month, count) = months.MaxBy(m => m.Count);
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd");
        var narrowed = await Search($"&from={first:yyyy-MM-dd}&to={first.AddMonths(1).AddDays(-1):yyyy-MM-dd}");

        Assert.Equal(count, DocumentTotal(narrowed));
        Assert.All(narrowed.GetProperty("documents").GetProperty("items").EnumerateArray(), d =>
            Assert.StartsWith(month, d.GetProperty("document").GetProperty("published").GetString(), StringComparison.Ordinal));
        Assert.All(Events(narrowed), e => Assert.StartsWith(month, e.GetProperty("date").GetString(), StringComparison.Ordinal));
        Assert.Equal([(month, count)], Facet(narrowed, "months").Select(m => (m.GetProperty("value").GetString()!, m.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task A_date_range_before_every_match_finds_nothing_and_a_bad_date_is_a_problem()
    {
        var none = await Search("&to=1900-01-01");
        Assert.Equal(0, DocumentTotal(none));
        Assert.Empty(Events(none));

        var problem = await Search("&from=March", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task Entities_name_the_most_frequent_participants_and_one_narrows_events_and_documents_to_it()
    {
        var all = await Search();
        var entities = Facet(all, "entities").ToList();
        Assert.NotEmpty(entities);
        var counts = entities.Select(e => e.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.All(entities, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("name").GetString())));

        // A participant other than the searched name, so the narrowing visibly drops something.
        var larcombe = entities.Single(e => e.GetProperty("value").GetString() == "person:edwin-larcombe");
        var narrowed = await Search("&entity=person:edwin-larcombe");

        Assert.NotEmpty(Events(narrowed));
        Assert.True(Events(narrowed).Count() <= larcombe.GetProperty("count").GetInt32());
        Assert.True(Events(narrowed).Count() < Events(all).Count());
        Assert.All(Events(narrowed), e => Assert.Contains(
            e.GetProperty("participants").EnumerateArray(), p => p.GetProperty("entity").GetString() == "person:edwin-larcombe"));
        Assert.InRange(DocumentTotal(narrowed), 1, DocumentTotal(all));
    }

    [Fact]
    public async Task Topics_count_the_matching_events_and_one_narrows_events_and_documents_to_it()
    {
        var all = await Search();
        var topics = Facet(all, "topics").ToList();
        Assert.NotEmpty(topics);
        var (topic, count) = (topics[^1].GetProperty("value").GetString()!, topics[^1].GetProperty("count").GetInt32());

        var narrowed = await Search("&topic=" + Uri.EscapeDataString(topic));

        Assert.Equal(count, narrowed.GetProperty("facets").GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32()));
        Assert.All(Events(narrowed), e => Assert.Contains(e.GetProperty("topics").EnumerateArray(), t => t.GetString() == topic));
        Assert.InRange(DocumentTotal(narrowed), 1, DocumentTotal(all));
    }

    [Fact]
    public async Task A_topic_no_event_has_empties_both_halves()
    {
        var none = await Search("&topic=" + Uri.EscapeDataString("grain tariffs of the moon"));
        Assert.Equal(0, DocumentTotal(none));
        Assert.Empty(Events(none));
        Assert.Empty(Facet(none, "entities"));
    }

    [Fact]
    public async Task The_outlet_facet_keeps_other_outlets_on_offer_when_one_is_picked()
    {
        var all = await Search();
        var outlets = Facet(all, "outlets").Select(o => o.GetProperty("value").GetString()).ToList();
        Assert.True(outlets.Count >= 2);
        var picked = Facet(all, "outlets").First(o => o.GetProperty("value").GetString()!.Length > 0);

        var narrowed = await Search("&outlet=" + Uri.EscapeDataString(picked.GetProperty("value").GetString()!.ToUpperInvariant()));

        Assert.Equal(picked.GetProperty("count").GetInt32(), DocumentTotal(narrowed));
        Assert.Equal(outlets, Facet(narrowed, "outlets").Select(o => o.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_new_filters()
    {
        var doc = JsonDocument.Parse(await _server.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var search = doc.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var names = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "q", "outlet", "kind", "from", "to", "entity", "topic" }, names.ToHashSet());
        Assert.False(string.IsNullOrWhiteSpace(search.GetProperty("summary").GetString()));
        Assert.Contains("topic", search.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_offers_each_facet_as_a_link_that_adds_its_filter_and_keeps_the_others()
    {
        var client = _server.CreateClient();
        var html = await client.GetStringAsync($"/search?q={Words}&outlet=&kind=");
        var links = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".facets a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.Contains("entity=person%3Aedwin-larcombe", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("topic=", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("from=", StringComparison.Ordinal) && l.Contains("to=", StringComparison.Ordinal));

        var entityLink = links.First(l => l.Contains("entity=", StringComparison.Ordinal));
        var narrowed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(entityLink));
        var monthLink = narrowed.QuerySelectorAll(".months a").Select(a => a.GetAttribute("href")!).First();
        Assert.Contains("entity=", monthLink, StringComparison.Ordinal);
        Assert.NotNull(narrowed.QuerySelector(".active-filters"));
        Assert.Contains(narrowed.QuerySelectorAll("form input[type=hidden]"), i => i.GetAttribute("name") == "entity" && i.GetAttribute("value")!.StartsWith("person:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_search_page_shows_a_bad_date_as_a_problem_not_an_error_page()
    {
        using var response = await _server.CreateClient().GetAsync($"/search?q={Words}&from=yesterday");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("expected a date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
