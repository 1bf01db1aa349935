using Readout.Comparison;
using Readout.Model;
using Readout.Tests.EndToEnd;
using Readout.Tests.Support;

namespace Readout.Tests.Comparison;

/// <summary>
/// The 2021 Lavrov–Blinken call in ../shared/seeds: the Foreign Ministry readout (primary), a media re-telling
/// quoting it, and an IANS/Xinhua re-translation. Skipped (passing with a message) when the folder is absent.
/// </summary>
public sealed class SeedComparisonTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Readout = "000_58db4b05f7b6e4e2.txt";
    private const string Retelling = "001_96d310d677524b25.txt";
    private const string Retranslation = "002_ff149841bd6adbeb.txt";

    private static readonly Lazy<(CorpusRun Run, EventComparison Comparison)?> Seeds = new(() =>
    {
        if (RepositoryPaths.Seeds is not { } seeds)
        {
            return null;
        }

        var run = CorpusRun.Of(seeds);
        return (run, new EventComparer().Compare(run.MainEventOf(Readout), run.Report.Documents));
    });

    private bool Skipped()
    {
        if (Seeds.Value is null)
        {
            output.WriteLine("SKIPPED: ../shared/seeds not found next to the repository");
            return true;
        }

        return false;
    }

    private ClaimCell Cell(string fragment, string document)
    {
        var (run, comparison) = Seeds.Value!.Value;
        return comparison.Row(fragment).Cells.Single(c => c.Document == run.Document(document).Id);
    }

    private string Body(string document) => Seeds.Value!.Value.Run.Document(document).Article.Body;

    [Fact]
    public void The_open_skies_drift_is_a_change_with_both_spans()
    {
        if (Skipped())
        {
            return;
        }

        var (run, comparison) = Seeds.Value!.Value;
        var row = comparison.Row("prospects for the Open Skies Treaty");
        Assert.Equal(run.Document(Readout).Id, row.Document);
        Assert.Contains("prospects for the Open Skies Treaty", row.Span.Slice(Body(Readout)), StringComparison.Ordinal);
        var cell = Cell("prospects for the Open Skies Treaty", Retranslation);
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.Contains("polarity", cell.WhatChanged, StringComparison.Ordinal);
        Assert.Contains("Treaty on Open Skies have collapsed", cell.Span!.Value.Slice(Body(Retranslation)), StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.Same, Cell("prospects for the Open Skies Treaty", Retelling).Verdict);
    }

    [Fact]
    public void Respect_becoming_trust_is_a_wording_change()
    {
        if (Skipped())
        {
            return;
        }

        var cell = Cell("mutual respect and a balance of interests", Retelling);
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.Equal("wording: respect → trust", cell.WhatChanged);
        Assert.Contains("mutual trust and balance of interests", cell.Span!.Value.Slice(Body(Retelling)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_missions_point_given_to_lavrov_alone_is_a_speaker_change()
    {
        if (Skipped())
        {
            return;
        }

        var cell = Cell("diplomatic missions in both countries", Retranslation);
        Assert.Equal(ClaimVerdict.Changed, cell.Verdict);
        Assert.StartsWith("speaker", cell.WhatChanged, StringComparison.Ordinal);
        Assert.Contains("diplomatic missions", cell.Span!.Value.Slice(Body(Retranslation)), StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.Same, Cell("diplomatic missions in both countries", Retelling).Verdict);
    }

    [Fact]
    public void Omitted_claims_are_dropped()
    {
        if (Skipped())
        {
            return;
        }

        Assert.Equal(ClaimVerdict.Dropped, Cell("They agreed to maintain continuous working contacts", Retranslation).Verdict);
        Assert.Equal(ClaimVerdict.Same, Cell("They agreed to maintain continuous working contacts", Retelling).Verdict);
    }

    [Fact]
    public void Mere_rewording_is_same()
    {
        if (Skipped())
        {
            return;
        }

        foreach (var document in new[] { Retelling, Retranslation })
        {
            var cell = Cell("expressed willingness to conduct a constructive dialogue", document);
            Assert.True(cell.Verdict == ClaimVerdict.Same, $"{document}: {cell.Verdict} {cell.WhatChanged}");
        }

        Assert.Equal(ClaimVerdict.Same, Cell("displayed a willingness to organise an expert dialogue", Retranslation).Verdict);
        Assert.Equal(ClaimVerdict.Same, Cell("reminded the Secretary of State", Retelling).Verdict);
    }

    [Fact]
    public void Provenance_shows_two_independent_reports_with_their_attribution_chains()
    {
        if (Skipped())
        {
            return;
        }

        var (run, comparison) = Seeds.Value!.Value;
        Assert.Equal(run.Document(Readout).Id, comparison.Primary);
        var retranslation = comparison.Sources.Single(s => s.Document == run.Document(Retranslation).Id);
        Assert.False(retranslation.Syndicated);
        Assert.Contains(retranslation.Attribution, a => a.Contains("Xinhua", StringComparison.Ordinal));
        Assert.InRange(retranslation.ClaimsCarried, 0.6, 1.0);
        foreach (var source in comparison.Sources)
        {
            output.WriteLine($"{source.Path}: carried {source.ClaimsCarried}, verbatim {source.VerbatimShare}");
        }
    }
}
