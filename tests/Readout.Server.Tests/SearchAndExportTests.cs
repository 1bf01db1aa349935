using System.Text.Json;

namespace Readout.Server.Tests;

/// <summary>Full-text search (ranked, highlighted, faceted) and the CSV/GDELT exports.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class SearchAndExportTests(SampleStore samples) : IDisposable
{
    private readonly ServerFactory _server = new(samples.Copy());

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Search_ranks_documents_highlights_matches_and_counts_facets()
    {
        var json = JsonDocument.Parse(await _server.CreateClient().GetStringAsync("/api/search?q=coastal%20treaty")).RootElement;
        var documents = json.GetProperty("documents");
        Assert.True(documents.GetProperty("total").GetInt32() >= 3);
        var first = documents.GetProperty("items")[0];
        Assert.Contains("<mark>", first.GetProperty("snippet_html").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var outlets = json.GetProperty("facets").GetProperty("outlets").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        Assert.Equal(documents.GetProperty("total").GetInt32(), outlets);
        Assert.Equal(documents.GetProperty("total").GetInt32(), json.GetProperty("facets").GetProperty("documents_counted").GetInt32());
        Assert.NotEmpty(json.GetProperty("facets").GetProperty("kinds").EnumerateArray());
        Assert.NotEmpty(json.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Search_finds_words_with_diacritics_folded_and_by_prefix()
    {
        var prefix = JsonDocument.Parse(await _server.CreateClient().GetStringAsync("/api/search?q=valko*")).RootElement;
        Assert.True(prefix.GetProperty("documents").GetProperty("total").GetInt32() >= 2);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("coastal OR (")]
    [InlineData("NEAR(a b) -x ^y")]
    [InlineData("*")]
    public async Task Query_syntax_in_user_text_never_breaks_search(string q)
    {
        using var response = await _server.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.True(response.IsSuccessStatusCode, $"{q}: {(int)response.StatusCode}");
        using var page = await _server.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.True(page.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Search_page_shows_highlighted_snippets()
    {
        var html = await _server.CreateClient().GetStringAsync("/search?q=treaty");
        Assert.Contains("<mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/documents/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_export_has_a_header_and_one_row_per_event()
    {
        using var response = await _server.CreateClient().GetAsync("/api/export/events.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,date,kind,cameo,place,participants,topics,primary_source,sources,"
            + "actor1_code,actor1_country_code,actor1_type1_code,actor2_code,actor2_country_code,actor2_type1_code,quad_class", lines[0]);
        Assert.Equal(samples.Counts.Events, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("telephone_conversation,041", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gdelt_export_uses_sqldate_actors_and_cameo_codes()
    {
        var text = await _server.CreateClient().GetStringAsync("/api/export/events.gdelt.tsv?kind=telephone_conversation");
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal("SQLDATE", rows[0][1]);
        Assert.All(rows.Skip(1), r =>
        {
            Assert.Equal(18, r.Length);
            Assert.Matches("^[0-9]{8}$", r[1]);
            Assert.Equal("041", r[6]);
            Assert.Equal("04", r[7]);
            Assert.NotEqual("", r[10]);
        });
        Assert.Contains(rows, r => r[2] == "Andrey Valkov" && r[4] == "Edwin Larcombe");
    }

    [Fact]
    public void Csv_cells_that_look_like_formulas_are_defused()
    {
        Assert.Equal("'=HYPERLINK(\"\"x\"\")", Api.ExportApi.CsvCell("=HYPERLINK(\"x\")").Trim('"'));
        Assert.Equal("'@cmd", Api.ExportApi.CsvCell("@cmd"));
        Assert.Equal("\"a,b\"", Api.ExportApi.CsvCell("a,b"));
    }
}
