using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>
/// The document clusterer holds a window of document dates, not the history: clusters whose latest report is
/// older than the window leave the index with their terms and document frequencies. Invented reports.
/// </summary>
public sealed class DocumentWindowTests
{
    private const string FloodMarrow = "The Marrow river burst its banks at Tessel bridge in northern Valmora, flooding 300 homes, "
        + "the Valmoran water authority said. Mayor Ilka Brenner ordered the old Tessel quarter evacuated.";

    private const string FloodMarrowFollowUp = "Water receded from the 300 flooded homes around Tessel bridge as the Marrow river fell, "
        + "Mayor Ilka Brenner said, and residents of the Tessel quarter began to return.";

    private const string FerryStrike = "Ferry crews in Port Karva walked out over pay, stranding 2,000 passengers bound for "
        + "Sarnesk, the Karvonian seafarers union said. Union leader Oren Voss promised a 48-hour stoppage.";

    private static readonly DateOnly Start = new(2031, 5, 1);

    [Fact]
    public void A_cluster_older_than_the_window_is_evicted_and_a_late_report_starts_anew()
    {
        var index = new InMemoryDocumentClusterIndex(windowDays: 30);
        var clusterer = new DocumentClusterer(index, DocumentClusterOptions.Default);
        var flood = clusterer.Add(Features("flood", "Marrow floods 300 homes at Tessel bridge", FloodMarrow, Start));

        clusterer.Add(Features("strike", "Port Karva ferry crews strike", FerryStrike, Start.AddDays(45)));
        var late = clusterer.Add(Features("flood-2", "Marrow recedes from Tessel homes", FloodMarrowFollowUp, Start.AddDays(46)));

        Assert.Equal(1, index.EvictedCount);
        Assert.DoesNotContain(flood, index.Clusters);
        Assert.NotEqual(flood.Id, late.Id);
        Assert.Equal(["flood-2"], late.Members);
    }

    [Fact]
    public void Within_the_window_a_follow_up_joins_its_event()
    {
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(windowDays: 30), DocumentClusterOptions.Default);
        var flood = clusterer.Add(Features("flood", "Marrow floods 300 homes at Tessel bridge", FloodMarrow, Start));

        clusterer.Add(Features("strike", "Port Karva ferry crews strike", FerryStrike, Start.AddDays(20)));
        var followUp = clusterer.Add(Features("flood-2", "Marrow recedes from Tessel homes", FloodMarrowFollowUp, Start.AddDays(21)));

        Assert.Equal(flood.Id, followUp.Id);
    }

    [Fact]
    public void Evicted_documents_leave_the_document_frequencies_and_the_vocabulary()
    {
        var index = new InMemoryDocumentClusterIndex(windowDays: 30);
        var clusterer = new DocumentClusterer(index, DocumentClusterOptions.Default);
        clusterer.Add(Features("flood", "Marrow floods 300 homes at Tessel bridge", FloodMarrow, Start));
        clusterer.Add(Features("flood-2", "Marrow recedes from Tessel homes", FloodMarrowFollowUp, Start.AddDays(1)));
        var both = index.TermCount;

        var strike = Features("strike", "Port Karva ferry crews strike", FerryStrike, Start.AddDays(60));
        clusterer.Add(strike);

        Assert.Equal(1, index.DocumentCount);
        Assert.True(index.TermCount < both, $"{index.TermCount} terms held, {both} before");
        Assert.Equal(strike.Terms.Count, index.TermCount);
    }

    [Fact]
    public void Terms_freed_by_eviction_are_reused_without_mixing_events()
    {
        var index = new InMemoryDocumentClusterIndex(windowDays: 30);
        var clusterer = new DocumentClusterer(index, DocumentClusterOptions.Default);
        clusterer.Add(Features("flood", "Marrow floods 300 homes at Tessel bridge", FloodMarrow, Start));

        // The strike's terms take the flood's freed ids; a repeat of the flood must still not join the strike.
        var strike = clusterer.Add(Features("strike", "Port Karva ferry crews strike", FerryStrike, Start.AddDays(60)));
        var flood = clusterer.Add(Features("flood-again", "Marrow floods 300 homes at Tessel bridge", FloodMarrow, Start.AddDays(61)));

        Assert.NotEqual(strike.Id, flood.Id);
        Assert.Equal(2, index.Clusters.Count);
    }

    [Fact]
    public void Undated_documents_are_kept_until_a_date_moves_the_window()
    {
        var index = new InMemoryDocumentClusterIndex(windowDays: 30);
        var clusterer = new DocumentClusterer(index, DocumentClusterOptions.Default);
        var flood = clusterer.Add(Features("flood", "Marrow floods 300 homes at Tessel bridge", FloodMarrow, null));
        var strike = clusterer.Add(Features("strike", "Port Karva ferry crews strike", FerryStrike, null));

        // The first date anchors the undated clusters there; they go only once the window has moved past it.
        clusterer.Add(Features("other", "Valmora opens a ferry line to Tessarin", "A new ferry line between Valmora and Tessarin opened.", Start));
        Assert.Equal(0, index.EvictedCount);
        Assert.Contains(flood, index.Clusters);
        Assert.Contains(strike, index.Clusters);

        var later = clusterer.Add(Features("later", "Port Karva ferry crews strike", FerryStrike, Start.AddDays(31)));
        Assert.Equal([later], index.Clusters);
    }

    private static DocumentFeatures Features(string id, string? title, string body, DateOnly? published)
    {
        var article = new Article
        {
            Path = id,
            Title = title,
            Body = body,
            Published = published is { } date ? new DateEvidence(date, DateSource.Hint, 1.0) : null,
        };
        var annotations = new Annotator().Annotate(article);
        return DocumentFeatureBuilder.Build(id, article, annotations, new EventDetector(EventCoverage.AllCameoRoots).Detect(article, annotations));
    }
}
