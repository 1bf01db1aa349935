using System.Text.Json;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Each_document_is_one_json_line_with_the_extraction_fields()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "extract", "samples/wire", "samples/feeds");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        using var wire = JsonDocument.Parse(lines[0]);
        foreach (var field in new[] { "path", "title", "outlet", "author", "published", "captured", "dateline", "attribution", "body" })
        {
            Assert.True(wire.RootElement.TryGetProperty(field, out _), $"field '{field}' missing");
        }

        Assert.Equal("2024-03-08", wire.RootElement.GetProperty("published").GetString());
        var chain = wire.RootElement.GetProperty("attribution").EnumerateArray().Select(a => a.GetProperty("source").GetString()).ToList();
        Assert.Equal(["Meridian news agency", "Ostravian Foreign Ministry"], chain);
    }
}
