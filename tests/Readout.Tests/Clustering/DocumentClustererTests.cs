using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>
/// The incremental document clusterer on invented reports: a look-alike (another earthquake, another town,
/// another year) stays apart; a rewrite of the same report joins it.
/// </summary>
public sealed class DocumentClustererTests
{
    private const string Quake2019 = "A magnitude 6.1 earthquake struck the town of Verlin in northern Ostravia on 12 March 2019, "
        + "killing 14 people and destroying the old Verlin market hall, Ostravian emergency services said. "
        + "Rescue teams led by Civil Protection Director Mara Kostel searched the rubble through the night.";

    private const string Quake2019Rewrite = "Rescue teams searched the rubble in Verlin after a 6.1-magnitude earthquake hit the northern Ostravian town "
        + "on 12 March 2019. Fourteen people were killed and the Verlin market hall was destroyed, said Mara Kostel, "
        + "the director of civil protection.";

    private const string Quake2023 = "A magnitude 5.4 earthquake struck the port of Sarnesk in southern Belmaria on 3 October 2023, "
        + "injuring 40 people and damaging the Sarnesk harbour wall, Belmarian officials said. "
        + "Firefighters under Chief Officer Tobias Renn checked buildings along the coast road.";

    private static readonly string[] Background =
    [
        "The Ostravian parliament passed the annual budget on Tuesday after a long debate about farm subsidies.",
        "Belmaria's national football team beat Karvonia two goals to one in a friendly match in Port Karva.",
        "A new ferry line between Valmora and Tessarin will open next spring, the transport ministry said.",
    ];

    [Fact]
    public void Two_earthquakes_in_different_towns_and_years_stay_apart()
    {
        var clusterer = Seeded();

        var first = clusterer.Add(Features("q2019", Quake2019));
        var second = clusterer.Add(Features("q2023", Quake2023));

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void A_report_and_its_rewrite_join_one_cluster()
    {
        var clusterer = Seeded();

        var report = clusterer.Add(Features("q2019", Quake2019));
        clusterer.Add(Features("q2023", Quake2023));
        var rewrite = clusterer.Add(Features("q2019-rewrite", Quake2019Rewrite));

        Assert.Equal(report.Id, rewrite.Id);
        Assert.Equal(["q2019", "q2019-rewrite"], rewrite.Members);
    }

    [Fact]
    public void Years_and_dates_the_text_mentions_become_time_keys()
    {
        var features = Features("q2019", Quake2019);

        Assert.Contains("y:2019", features.Times);
        Assert.Contains("d:2019-03-12", features.Times);
        Assert.Contains("n:verlin", features.Entities);
    }

    private static DocumentClusterer Seeded()
    {
        // A little unrelated news first, so that IDF tells topic words from everyday words.
        var clusterer = new DocumentClusterer();
        for (var i = 0; i < Background.Length; i++)
        {
            clusterer.Add(Features($"bg{i}", Background[i]));
        }

        return clusterer;
    }

    private static DocumentFeatures Features(string id, string body)
    {
        var article = new Article { Path = id, Body = body };
        var annotations = new Annotator().Annotate(article);
        return DocumentFeatureBuilder.Build(id, article, annotations, new EventDetector(EventCoverage.AllCameoRoots).Detect(article, annotations));
    }
}
