using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>
/// The specifics the document clusterer tells look-alike events apart by, on invented reports: numbers that
/// are not years, headline terms, and two shootings of the same kind that must not merge.
/// </summary>
public sealed class DocumentSpecificsTests
{
    private const string ShootingTarnov = "Two guards were shot dead at the Tarnov grain depot in western Ostravia late on Friday, "
        + "police said. A 34-year-old former employee was arrested at the gate with a hunting rifle, "
        + "police spokeswoman Ilse Varga told reporters.";

    private const string ShootingTarnovFollowUp = "Police in Tarnov charged the 34-year-old former depot employee with the murder "
        + "of the two guards shot at the grain depot on Friday, spokeswoman Ilse Varga said. The hunting rifle was recovered at the gate.";

    private const string ShootingPellam = "Five shoppers were wounded when a gunman opened fire in the Pellam covered market in "
        + "eastern Belmaria on Sunday, officials said. The 19-year-old suspect fled on a motorbike, "
        + "according to Inspector Joran Falk.";

    private static readonly string[] Background =
    [
        "The Ostravian parliament passed the annual budget on Tuesday after a long debate about farm subsidies.",
        "Belmaria's national football team beat Karvonia two goals to one in a friendly match in Port Karva.",
        "A new ferry line between Valmora and Tessarin will open next spring, the transport ministry said.",
    ];

    [Fact]
    public void A_follow_up_with_the_same_town_and_ages_joins_and_another_shooting_stays_apart()
    {
        var clusterer = new DocumentClusterer();
        for (var i = 0; i < Background.Length; i++)
        {
            clusterer.Add(Features($"bg{i}", null, Background[i]));
        }

        var tarnov = clusterer.Add(Features("tarnov", "Two guards shot dead at Tarnov grain depot", ShootingTarnov));
        var pellam = clusterer.Add(Features("pellam", "Gunman wounds five at Pellam market", ShootingPellam));
        var followUp = clusterer.Add(Features("tarnov-2", "Former employee charged over Tarnov depot shooting", ShootingTarnovFollowUp));

        Assert.NotEqual(tarnov.Id, pellam.Id);
        Assert.Equal(tarnov.Id, followUp.Id);
        Assert.Equal(["pellam"], pellam.Members);
    }

    [Fact]
    public void Numbers_other_than_years_become_number_keys()
    {
        var index = new InMemoryDocumentClusterIndex();
        var vector = index.Observe(Features("q", null, "A magnitude 6.1 earthquake killed 14 people in Verlin in 2019."));

        // "6.1" and "14"; the year is a time key, not a number key.
        Assert.Equal(2, vector.Numbers.Length);
    }

    [Fact]
    public void The_headline_or_else_the_first_line_gives_the_lead_terms()
    {
        var titled = Features("a", "Flood closes Marrow bridge", "Heavy rain in the valley.\nThe river rose overnight.");
        var untitled = Features("b", null, "Flood closes Marrow bridge\nHeavy rain in the valley.");

        Assert.Equal(["flood", "closes", "marrow", "bridge"], titled.LeadTerms!);
        Assert.Equal(["flood", "closes", "marrow", "bridge"], untitled.LeadTerms!);
    }

    private static DocumentFeatures Features(string id, string? title, string body)
    {
        var article = new Article { Path = id, Title = title, Body = body };
        var annotations = new Annotator().Annotate(article);
        return DocumentFeatureBuilder.Build(id, article, annotations, new EventDetector(EventCoverage.AllCameoRoots).Detect(article, annotations));
    }
}
