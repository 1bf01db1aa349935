using System.Text.Json;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

public sealed class AnnotateCommandTests
{
    [Fact]
    public void Every_annotation_in_json_points_at_its_exact_words_in_the_body()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "annotate", "samples", "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        var checkedSpans = 0;
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var body = json.RootElement.GetProperty("body").GetString()!;
            foreach (var kind in new[] { "mentions", "times" })
            {
                foreach (var item in json.RootElement.GetProperty(kind).EnumerateArray())
                {
                    var span = item.GetProperty("span");
                    var (start, end) = (span[0].GetInt32(), span[1].GetInt32());
                    Assert.Equal(item.GetProperty("text").GetString(), body[start..end]);
                    checkedSpans++;
                }
            }
        }

        Assert.True(checkedSpans > 50, $"only {checkedSpans} annotations in the samples");
    }
}
