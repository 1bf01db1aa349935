using System.Text.Json;
using Readout.Tests.Support;

namespace Readout.Tests.Cli;

/// <summary>`readout story` over a small fictional store: a person, a treaty typed as its acronym, an organisation.</summary>
public sealed class StoryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public StoryCommandTests()
    {
        _folder.File("in/2024-03-07.txt", """
            On 7 March 2024, Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian Foreign Secretary Edwin Larcombe.

            The ministers welcomed the extension of the Coastal Arms Limitation Treaty (CALT) and discussed the work of the Coastal States Forum.
            """);
        _folder.File("in/2023-02-16.txt", """
            On 16 February 2023, Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian Foreign Secretary Rosalind Tearle.

            The ministers discussed the future of the Coastal Arms Limitation Treaty (CALT) and the chairmanship of the Coastal States Forum.
            """);
        Assert.Equal(0, CliProcess.Run(_folder.Path, "analyze", "in", "--db", "story.db").ExitCode);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_person_has_a_dated_timeline_with_why_each_step_follows()
    {
        var result = CliProcess.Run(_folder.Path, "story", "valkov", "--db", "story.db");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("Andrey Valkov — 2 events", lines[0]);
        var earlier = Array.FindIndex(lines, l => l.Contains("2023-02-16", StringComparison.Ordinal));
        var later = Array.FindIndex(lines, l => l.Contains("2024-03-07", StringComparison.Ordinal));
        Assert.InRange(earlier, 1, later - 1);
        Assert.Contains(lines[earlier..later], l => l.Contains("↓", StringComparison.Ordinal) && l.Contains("same participant: Andrey Valkov", StringComparison.Ordinal));
        Assert.Contains("CAMEO 041, PLOVER CONSULT", result.Stdout);
    }

    [Fact]
    public void A_treaty_is_found_by_its_initials_and_titled_by_its_name()
    {
        var result = CliProcess.Run(_folder.Path, "story", "CALT", "--db", "story.db", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("Coastal Arms Limitation Treaty", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("events").GetArrayLength());
        Assert.Contains("Coastal Arms Limitation Treaty", json.RootElement.GetProperty("links")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void An_organisation_that_takes_part_in_no_event_has_the_timeline_of_the_reports_naming_it()
    {
        var result = CliProcess.Run(_folder.Path, "story", "Coastal States Forum", "--db", "story.db");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Coastal States Forum — 2 events", result.Stdout);
    }

    [Fact]
    public void A_name_nothing_mentions_is_reported_on_stderr()
    {
        var result = CliProcess.Run(_folder.Path, "story", "Karvonian Navy", "--db", "story.db");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("nothing stored matches", result.Stderr);
    }
}
