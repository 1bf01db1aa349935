using Readout.Model;
using Readout.Tests.Support;

namespace Readout.Tests.EndToEnd;

/// <summary>
/// The real example pages in ../shared/seeds. They are not the test set; these tests only check the
/// pipeline's promises on them. Skipped (passing with a message) when the folder is absent.
/// </summary>
public sealed class SeedCorpusTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<CorpusRun?> Run = new(() => RepositoryPaths.Seeds is { } seeds ? CorpusRun.Of(seeds) : null);

    private bool Skipped()
    {
        if (Run.Value is null)
        {
            output.WriteLine("SKIPPED: ../shared/seeds not found next to the repository");
            return true;
        }

        return false;
    }

    [Fact]
    public void The_three_reports_of_the_2021_call_are_one_event_with_the_readout_as_primary()
    {
        if (Skipped())
        {
            return;
        }

        var run = Run.Value!;
        var call = run.MainEventOf("000_58db4b05f7b6e4e2.txt");
        Assert.Equal(EventKind.TelephoneCall, call.Kind);
        Assert.Equal(new DateOnly(2021, 2, 4), call.Date);
        Assert.Equal(run.Document("000_58db4b05f7b6e4e2.txt").Id, call.Primary);
        var reports = new[] { "000_58db4b05f7b6e4e2.txt", "001_96d310d677524b25.txt", "002_ff149841bd6adbeb.txt" }.Select(p => run.Document(p).Id).Order();
        Assert.Equal(reports, call.Documents.Order());
        Assert.Contains(call.Participants, p => p.Name.EndsWith("Lavrov", StringComparison.Ordinal));
        Assert.Contains(call.Participants, p => p.Name.EndsWith("Blinken", StringComparison.Ordinal) && p.Role == "Secretary of State");
    }

    [Fact]
    public void The_earlier_call_and_the_statement_stay_apart()
    {
        if (Skipped())
        {
            return;
        }

        var run = Run.Value!;
        var call = run.MainEventOf("000_58db4b05f7b6e4e2.txt");
        Assert.DoesNotContain(run.Document("003_5bbe4bf468b54e65.txt").Id, call.Documents);
        Assert.DoesNotContain(run.Document("004_73fd40f6b2609b20.txt").Id, call.Documents);
        var earlier = run.MainEventOf("003_5bbe4bf468b54e65.txt");
        Assert.Equal(new DateOnly(2020, 4, 17), earlier.Date);
        Assert.Contains(earlier.Participants, p => p.Name.EndsWith("Pompeo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-GB1")]
    [InlineData("Latest news")]
    [InlineData("Additional materials")]
    [InlineData("Consular queries")]
    [InlineData("all messages")]
    [InlineData("21.Oct.2025")]
    [InlineData("16.09.2021 -")]
    public void No_body_carries_site_chrome(string chrome)
    {
        if (Skipped())
        {
            return;
        }

        Assert.All(Run.Value!.Report.Documents, d => Assert.DoesNotContain(chrome, d.Article.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void Publication_dates_are_right_or_null_and_never_the_capture_date()
    {
        if (Skipped())
        {
            return;
        }

        var run = Run.Value!;
        Assert.Equal(new DateOnly(2021, 2, 4), run.Document("000_58db4b05f7b6e4e2.txt").Article.Published?.Date);
        Assert.Null(run.Document("001_96d310d677524b25.txt").Article.Published);
        Assert.Equal(new DateOnly(2021, 2, 5), run.Document("002_ff149841bd6adbeb.txt").Article.Published?.Date);
        Assert.Equal(new DateOnly(2020, 4, 17), run.Document("003_5bbe4bf468b54e65.txt").Article.Published?.Date);
        Assert.NotEqual(new DateOnly(2021, 9, 26), run.Document("004_73fd40f6b2609b20.txt").Article.Published?.Date);
    }

    [Fact]
    public void The_two_calls_and_the_statement_are_on_one_new_start_storyline_in_date_order()
    {
        if (Skipped())
        {
            return;
        }

        var run = Run.Value!;
        var storyline = Assert.Single(run.Report.Storylines, s => s.Id == "topic:new start");
        var earlier = run.MainEventOf("003_5bbe4bf468b54e65.txt").Id;
        var call = run.MainEventOf("000_58db4b05f7b6e4e2.txt").Id;
        var statement = run.MainEventOf("004_73fd40f6b2609b20.txt").Id;
        Assert.Contains(statement, storyline.Events);
        Assert.True(storyline.Events.ToList().IndexOf(earlier) < storyline.Events.ToList().IndexOf(call));
        Assert.All(storyline.Links, l => Assert.Contains($"{storyline.Title}", l.Reason));
    }

    [Fact]
    public void An_undated_call_both_readouts_recall_is_one_event_with_countries()
    {
        if (Skipped())
        {
            return;
        }

        // Generic: no two undated events of one kind between the same people; the one the two readouts share
        // carries a country for each participant (one readout names them by role alone).
        var run = Run.Value!;
        var undated = run.Report.Events.Where(e => e.Date is null && e.Participants.Count >= 2).ToList();
        var keys = undated.Select(e => $"{e.Kind}|{string.Join(",", e.Participants.Select(p => p.EntityKey).Order(StringComparer.Ordinal))}").ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        var reports = new[] { "000_58db4b05f7b6e4e2.txt", "001_96d310d677524b25.txt" }.Select(p => run.Document(p).Id).Order();
        var recalled = Assert.Single(undated, e => e.Kind == EventKind.TelephoneCall && e.Documents.Order().SequenceEqual(reports));
        Assert.All(recalled.Participants, p => Assert.NotNull(p.Country));
    }
}
