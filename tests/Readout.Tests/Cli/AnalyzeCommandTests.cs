using System.Text.Json;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Rejected_inputs_go_to_stderr_with_their_name_and_make_the_exit_status_non_zero()
    {
        using var folder = new TempFolder();
        folder.File("in/good.txt", "Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian Foreign Secretary Edwin Larcombe on 7 March 2024.");
        folder.File("in/empty.txt", "");
        folder.File("in/binary.html", [0x00, 0xFF, 0x00, 0xFF]);

        var result = CliProcess.Run(folder.Path, "analyze", "in", "--db", "run.db", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Path.Combine("in", "empty.txt")}: empty file", result.Stderr);
        Assert.Contains($"{Path.Combine("in", "binary.html")}: binary content", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(Path.Combine("in", "good.txt"), document.GetProperty("path").GetString());
        foreach (var field in new[] { "id", "url", "title", "outlet", "published", "captured", "body" })
        {
            Assert.True(document.TryGetProperty(field, out _), $"document field '{field}' missing");
        }

        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("events").ValueKind);
    }

    [Fact]
    public void Killing_analyze_midway_and_running_it_again_leaves_no_duplicates()
    {
        using var folder = new TempFolder();
        using (var feed = new StreamWriter(folder.Combine("corpus/feed.jsonl")))
        {
            for (var i = 0; i < 3000; i++)
            {
                feed.WriteLine($$"""{"text":"Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian envoy {{i}} on {{1 + (i % 28)}} March 2024. Item {{i}}.","published":"2024-03-{{1 + (i % 28):D2}}"}""");
            }
        }

        Assert.Equal(0, CliProcess.Run(folder.Path, "analyze", "corpus", "--db", "clean.db", "--json").ExitCode);

        using (var victim = CliProcess.Start(folder.Path, "analyze", "corpus", "--db", "killed.db", "--json"))
        {
            var wal = folder.Combine("killed.db-wal");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!victim.HasExited && DateTime.UtcNow < deadline && (!File.Exists(wal) || new FileInfo(wal).Length < 64 * 1024))
            {
                Thread.Sleep(20);
            }

            if (!victim.HasExited)
            {
                victim.Kill(entireProcessTree: true);
            }

            victim.WaitForExit();
        }

        var resumed = CliProcess.Run(folder.Path, "analyze", "corpus", "--db", "killed.db", "--json");

        Assert.Equal(0, resumed.ExitCode);
        using var clean = SqliteStore.Open(folder.Combine("clean.db"));
        using var killed = SqliteStore.Open(folder.Combine("killed.db"));
        Assert.Equal(clean.Counts(), killed.Counts());
    }
}
