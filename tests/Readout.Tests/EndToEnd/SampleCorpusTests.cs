using Readout.Model;
using Readout.Tests.Support;

namespace Readout.Tests.EndToEnd;

/// <summary>The bundled fictional corpus (samples/README.md lists the expected result).</summary>
public sealed class SampleCorpusTests
{
    private const string Readout2024 = "ostravia-mfa/2024-03-07-readout.txt";
    private const string Herald = "belmaria-herald/valkov-larcombe-phone-call.html";
    private const string Wire = "wire/2024-03-08-valmora-valkoff-larcombe.txt";
    private const string Readout2023 = "ostravia-mfa/2023-02-16-readout.txt";
    private const string Statement = "ostravia-embassy/calt-future-statement.txt";

    private static readonly Lazy<CorpusRun> Run = new(() => CorpusRun.Of(RepositoryPaths.Samples));

    [Fact]
    public void Every_sample_is_read_and_none_is_rejected()
    {
        Assert.Empty(Run.Value.Summary.Rejected);
        Assert.Equal(9, Run.Value.Summary.DocumentsNew);
    }

    [Fact]
    public void The_readout_and_its_three_retellings_are_one_telephone_call_with_the_readout_as_primary()
    {
        var call = Run.Value.MainEventOf(Readout2024);
        Assert.Equal(EventKind.TelephoneCall, call.Kind);
        Assert.Equal(new DateOnly(2024, 3, 7), call.Date);
        Assert.Equal(Run.Value.Document(Readout2024).Id, call.Primary);
        var members = new[] { Readout2024, Herald, Wire, "feeds/wire-feed.jsonl#1" }.Select(p => Run.Value.Document(p).Id).Order();
        Assert.Equal(members, call.Documents.Order());
        Assert.Contains(call.Participants, p => p.Name.Contains("Valkov", StringComparison.Ordinal) && p.Country == "Ostravia");
        Assert.Contains(call.Participants, p => p.Name.Contains("Larcombe", StringComparison.Ordinal) && p.Country == "Belmaria");
    }

    [Fact]
    public void Look_alikes_stay_apart()
    {
        var call = Run.Value.MainEventOf(Readout2024);
        Assert.DoesNotContain(Run.Value.Document("feeds/wire-feed.jsonl#2").Id, call.Documents);
        Assert.DoesNotContain(Run.Value.Document(Readout2023).Id, call.Documents);
        Assert.DoesNotContain(Run.Value.Document(Statement).Id, call.Documents);
        Assert.Equal(new DateOnly(2023, 2, 16), Run.Value.MainEventOf(Readout2023).Date);
    }

    [Fact]
    public void Publication_dates_are_right_or_null_and_never_a_capture_date()
    {
        Assert.Equal(new DateOnly(2024, 3, 7), Run.Value.Document(Readout2024).Article.Published?.Date);
        Assert.Equal(new DateOnly(2024, 3, 8), Run.Value.Document(Herald).Article.Published?.Date);
        Assert.Equal(new DateOnly(2024, 3, 8), Run.Value.Document(Wire).Article.Published?.Date);
        Assert.Null(Run.Value.Document(Statement).Article.Published);
        Assert.Equal(new DateOnly(2024, 10, 2), Run.Value.Document(Statement).Article.Captured?.Date);
        Assert.Equal(new DateOnly(2025, 10, 27), Run.Value.Document(Herald).Article.Captured?.Date);
    }

    [Theory]
    [InlineData(Readout2024, "en-GB")]
    [InlineData(Readout2024, "Additional materials")]
    [InlineData(Herald, "Latest news")]
    [InlineData(Herald, "cookie")]
    [InlineData(Herald, "page generated")]
    [InlineData(Statement, "Consular queries")]
    [InlineData(Statement, "all messages")]
    [InlineData(Statement, "Port Karva: 13:22")]
    public void Bodies_carry_no_site_chrome(string document, string chrome) =>
        Assert.DoesNotContain(chrome, Run.Value.Document(document).Article.Body, StringComparison.OrdinalIgnoreCase);
}
