using Readout.Clustering;
using Readout.Model;
using Readout.Tests.Events;

namespace Readout.Tests.Clustering;

public sealed class PrimaryChoiceTests
{
    private static DocumentRef Doc(long id, int day, SourceRole role, bool attributed) =>
        new(id, $"doc{id}.txt", new DateOnly(2024, 3, day), role, attributed);

    [Fact]
    public void An_official_readout_wins_even_when_published_later()
    {
        var primary = PrimarySourceChooser.Choose([Doc(1, 3, SourceRole.MediaReport, false), Doc(2, 4, SourceRole.Official, false)]);

        Assert.Equal(2, primary);
    }

    [Fact]
    public void Without_an_official_source_the_earliest_original_wins()
    {
        var primary = PrimarySourceChooser.Choose([
            Doc(1, 3, SourceRole.MediaReport, attributed: true),
            Doc(2, 5, SourceRole.MediaReport, attributed: false),
            Doc(3, 4, SourceRole.Unknown, attributed: false)]);

        Assert.Equal(3, primary);
    }

    [Fact]
    public void With_only_attributed_reports_the_earliest_wins()
    {
        var primary = PrimarySourceChooser.Choose([Doc(1, 5, SourceRole.MediaReport, true), Doc(2, 4, SourceRole.MediaReport, true)]);

        Assert.Equal(2, primary);
    }

    [Fact]
    public void A_tie_goes_to_the_lowest_id()
    {
        var primary = PrimarySourceChooser.Choose([Doc(7, 3, SourceRole.Official, false), Doc(4, 3, SourceRole.Official, false)]);

        Assert.Equal(4, primary);
    }

    [Fact]
    public void A_known_publication_date_beats_an_unknown_one()
    {
        var undated = new DocumentRef(1, "doc1.txt", null, SourceRole.MediaReport, true);

        Assert.Equal(2, PrimarySourceChooser.Choose([undated, Doc(2, 9, SourceRole.MediaReport, true)]));
    }

    [Fact]
    public void The_readout_becomes_primary_when_it_arrives_after_the_wire()
    {
        var run = new ClusteringHarness();
        var wire = run.Main(Scenario.WireReport());
        Assert.Equal(1, wire.Primary);

        var readout = run.Main(Scenario.Readout());

        Assert.Equal(wire.Id, readout.Id);
        Assert.Equal(2, readout.Primary);
    }
}
