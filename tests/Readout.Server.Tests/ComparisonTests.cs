using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Readout.Comparison;
using Readout.Storage;

namespace Readout.Server.Tests;

/// <summary>
/// The claims × sources matrix on the event page and GET /api/events/{id}/comparison, over the samples'
/// Valkov–Larcombe call of 2024-03-07 (the ministry's readout, the Herald's story, a wire-feed item, a wire copy).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ComparisonTests(SampleStore samples) : IDisposable
{
    private readonly string _database = samples.Copy();
    private ServerFactory? _server;

    private ServerFactory Server => _server ??= new ServerFactory(_database);

    public void Dispose() => _server?.Dispose();

    private async Task<long> ValkovLarcombeCall()
    {
        var list = JsonDocument.Parse(await Server.CreateClient().GetStringAsync("/api/events?person=person:andrey-valkov&kind=telephone_conversation&from=2024-03-01&to=2024-03-31")).RootElement;
        var id = list.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("entity").GetString() == "person:edwin-larcombe"))
            .GetProperty("id").GetInt64();
        return id;
    }

    [Fact]
    public async Task Events_with_several_sources_are_compared_in_the_background_after_start_up()
    {
        var database = samples.Copy();
        using var warmed = new ServerFactory(database, warmComparisons: true);
        var client = warmed.CreateClient(); // starts the host, and with it the warm-up
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/events?person=person:andrey-valkov&kind=telephone_conversation&from=2024-03-01&to=2024-03-31")).RootElement;
        var id = list.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("entity").GetString() == "person:edwin-larcombe"))
            .GetProperty("id").GetInt64();
        var comparisons = warmed.Services.GetRequiredService<Comparison.ComparisonService>();
        using var store = SqliteStore.Open(database);
        var storedEvent = store.GetEvent(id)!;

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!comparisons.IsCached(storedEvent) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(comparisons.IsCached(storedEvent));
        Assert.Contains("claims-matrix", await client.GetStringAsync($"/events/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_comparison_is_the_json_of_readout_compare()
    {
        var id = await ValkovLarcombeCall();
        using var response = await Server.CreateClient().GetAsync($"/api/events/{id}/comparison");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // What `readout compare ID --json` prints for the same store.
        using var store = SqliteStore.Open(_database);
        var comparison = new EventComparer().Compare(store, id)!;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ComparisonJsonWriter.Write(writer, comparison);
        }

        var cli = JsonNode.Parse(buffer.ToArray())!;
        Assert.True(JsonNode.DeepEquals(cli, api), $"API:\n{api.ToJsonString()}\nCLI:\n{cli.ToJsonString()}");

        Assert.Equal(id, api["event"]!.GetValue<long>());
        Assert.Equal(3, api["sources"]!.AsArray().Count); // four documents: the primary and three compared with it
        var verdicts = api["claims"]!.AsArray().SelectMany(c => c!["cells"]!.AsArray()).Select(c => c!["verdict"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "same", "changed", "added", "dropped" }, verdicts);
        Assert.Contains(api["claims"]!.AsArray(), c => c!["id"]!.GetValue<string>().StartsWith('a'));
    }

    [Fact]
    public async Task Api_comparison_of_an_unknown_event_is_a_404_problem()
    {
        using var response = await Server.CreateClient().GetAsync("/api/events/424242/comparison");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_describes_the_comparison_endpoint_and_its_shape()
    {
        var doc = JsonNode.Parse(await Server.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var get = doc["paths"]!["/api/events/{id}/comparison"]!["get"]!;
        Assert.Equal("GetEventComparison", get["operationId"]!.GetValue<string>());
        var schemas = doc["components"]!["schemas"]!;
        Assert.NotNull(schemas["ComparisonJson"]!["properties"]!["claims"]);
        Assert.NotNull(schemas["SourceProvenanceJson"]!["properties"]!["verbatim_share"]);
        Assert.NotNull(schemas["ClaimCellJson"]!["properties"]!["what_changed"]);
    }

    [Fact]
    public async Task Event_page_shows_the_matrix_with_the_primary_first_verdicts_and_links_to_spans()
    {
        var id = await ValkovLarcombeCall();
        var api = JsonNode.Parse(await Server.CreateClient().GetStringAsync($"/api/events/{id}/comparison"))!;
        var primary = api["primary"]!.GetValue<long>();
        var html = await Server.CreateClient().GetStringAsync($"/events/{id}");
        Assert.DoesNotContain("Comparison not available", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        var matrix = page.QuerySelector("#claims-matrix table.matrix")!;
        Assert.NotNull(matrix);

        // Columns: the four sources, the primary first and marked.
        var columns = matrix.QuerySelectorAll("thead th[data-document]");
        Assert.Equal(4, columns.Length);
        Assert.Equal(primary.ToString(System.Globalization.CultureInfo.InvariantCulture), columns[0].GetAttribute("data-document"));
        Assert.Contains("primary-col", columns[0].ClassList);
        Assert.NotNull(columns[0].QuerySelector(".badge-primary"));

        // Rows: every claim of the comparison, in order.
        var rows = matrix.QuerySelectorAll("tbody tr");
        Assert.Equal(api["claims"]!.AsArray().Select(c => "claim-" + c!["id"]!.GetValue<string>()), rows.Select(r => r.Id));

        // Every verdict shows as a word, not only a colour; changed cells say what changed.
        var cells = matrix.QuerySelectorAll("td.cell");
        foreach (var verdict in new[] { "same", "changed", "added", "dropped" })
        {
            var cell = cells.First(c => c.GetAttribute("data-verdict") == verdict);
            Assert.Contains("v-" + verdict, cell.ClassList);
            Assert.Contains(verdict, cell.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        }

        var changed = cells.Where(c => c.GetAttribute("data-verdict") == "changed").ToList();
        Assert.All(changed, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector(".what-changed")?.TextContent)));
        Assert.Contains(changed, c => c.QuerySelector(".what-changed")!.TextContent.Contains("respect → trust", StringComparison.Ordinal));

        // Cells with a span link to the document page with that span highlighted; the link anchors to #hl.
        var linked = cells.Where(c => c.GetAttribute("data-verdict") is "same" or "changed" or "added" or "source").ToList();
        Assert.NotEmpty(linked);
        foreach (var cell in linked)
        {
            var href = cell.QuerySelector("a.verdict")!.GetAttribute("href")!;
            Assert.Matches($@"^/documents/{cell.GetAttribute("data-document")}\?hl=\d+-\d+#hl$", href);
        }

        // Provenance per compared source: claims carried, verbatim share, attribution chain, syndication.
        var provenance = page.QuerySelectorAll("#claims-matrix table.provenance tbody tr");
        Assert.Equal(4, provenance.Length);
        Assert.Contains(provenance, r => r.TextContent.Contains("75 %", StringComparison.Ordinal) && r.TextContent.Contains("Ostravian Foreign Ministry", StringComparison.Ordinal));
        Assert.Contains(provenance, r => r.TextContent.Contains("Meridian news agency ← Ostravian Foreign Ministry", StringComparison.Ordinal));
        Assert.Contains(provenance, r => r.TextContent.Contains("independent report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matrix_link_opens_the_document_with_the_claim_marked()
    {
        var id = await ValkovLarcombeCall();
        var api = JsonNode.Parse(await Server.CreateClient().GetStringAsync($"/api/events/{id}/comparison"))!;
        var cell = api["claims"]!.AsArray().SelectMany(c => c!["cells"]!.AsArray()).First(c => c!["verdict"]!.GetValue<string>() == "changed")!;
        var (document, start, end) = (cell["document"]!.GetValue<long>(), cell["span"]![0]!.GetValue<int>(), cell["span"]![1]!.GetValue<int>());

        var html = await Server.CreateClient().GetStringAsync($"/documents/{document}?hl={start}-{end}");
        var mark = new HtmlParser().ParseDocument(html).QuerySelector("mark#hl")!;
        Assert.NotNull(mark);
        Assert.Equal(cell["text"]!.GetValue<string>(), mark.TextContent);
        Assert.NotNull(mark.QuerySelector("mark[class]")); // annotation marks stay inside the claim's mark
    }

    [Theory]
    [InlineData("5-2")]
    [InlineData("0-99999999")]
    [InlineData("-1-5")]
    [InlineData("abc")]
    [InlineData("1-2-3")]
    public async Task Invalid_highlight_is_ignored(string hl)
    {
        using var response = await Server.CreateClient().GetAsync($"/documents/1?hl={Uri.EscapeDataString(hl)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("id=\"hl\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_highlight_wraps_annotation_marks_inside_and_drops_those_crossing_its_edges()
    {
        var body = "Valkov met <Larcombe> in Valmora";
        var html = Html.BodyHighlighter.Render(body, [
            new(new Model.TextSpan(0, 6), "person", "Valkov"),
            new(new Model.TextSpan(11, 21), "person", "Larcombe"),
            new(new Model.TextSpan(25, 32), "place", "Valmora"),
        ], new Model.TextSpan(7, 28)).ToString();
        Assert.Equal(
            "<mark class=\"person\" title=\"Valkov\">Valkov</mark> <mark id=\"hl\" class=\"claim\" title=\"Claim linked from the claims matrix\">met "
            + "<mark class=\"person\" title=\"Larcombe\">&lt;Larcombe&gt;</mark> in Val</mark>mora",
            html);
    }
}
