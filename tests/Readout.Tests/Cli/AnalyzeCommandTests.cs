using System.Text.Json;
using Microsoft.Data.Sqlite;
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
            // Killed once its first batch is committed: a kill before any document is stored would test nothing.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!victim.HasExited && DateTime.UtcNow < deadline && StoredDocuments(folder.Combine("killed.db")) == 0)
            {
                Thread.Sleep(20);
            }

            Assert.False(victim.HasExited, "analyze finished before it could be killed midway");
            victim.Kill(entireProcessTree: true);
            victim.WaitForExit();
        }

        Assert.InRange(StoredDocuments(folder.Combine("killed.db")), 1, 2999);
        var resumed = CliProcess.Run(folder.Path, "analyze", "corpus", "--db", "killed.db", "--json");

        Assert.Equal(0, resumed.ExitCode);
        using var clean = SqliteStore.Open(folder.Combine("clean.db"));
        using var killed = SqliteStore.Open(folder.Combine("killed.db"));
        Assert.Equal(clean.Counts(), killed.Counts());
    }

    /// <summary>Documents committed to a store another process is writing; 0 while it has none (or no table yet).</summary>
    private static long StoredDocuments(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
