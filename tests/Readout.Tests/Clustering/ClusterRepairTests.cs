using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>
/// Repair instead of refusal: two look-alike events (two floods in two invented towns) forced into one cluster
/// by a join bar nothing fails are split apart once each has a few reports, and the split is announced.
/// </summary>
public sealed class ClusterRepairTests
{
    private static readonly (string Title, string Body)[] Harbin =
    [
        ("Floods cut off Harbin valley villages", "Floods cut off six villages in the Harbin valley of northern Ostravia on Monday after the Velka river burst its banks, the regional governor Anton Meresk said."),
        ("Velka river floods six villages near Harbin", "The Velka river broke through a dyke near Harbin, flooding six villages; governor Anton Meresk ordered army trucks to the valley."),
        ("Army trucks reach flooded Harbin villages", "Army trucks reached the six flooded villages around Harbin as the Velka river kept rising, Ostravian governor Anton Meresk told reporters."),
        ("Harbin dyke breach: governor Meresk asks for pumps", "Governor Anton Meresk asked the capital for pumps after the Velka dyke breach near Harbin left six villages under water."),
        ("Velka waters recede from Harbin villages", "The Velka waters began to recede from the six Harbin valley villages on Thursday, governor Anton Meresk said, as army trucks brought food."),
    ];

    private static readonly (string Title, string Body)[] Sarnesk =
    [
        ("Floods swamp Sarnesk harbour district", "Floods swamped the harbour district of Sarnesk in southern Belmaria after a storm surge from the Lannic sea, mayor Ines Dobrava said on Saturday."),
        ("Storm surge floods Sarnesk harbour", "A storm surge from the Lannic sea flooded the Sarnesk harbour district; mayor Ines Dobrava closed the fish market and the ferry quay."),
        ("Sarnesk ferry quay closed after surge", "The Sarnesk ferry quay stayed closed after the Lannic storm surge, and mayor Ines Dobrava said the fish market would reopen next week."),
        ("Mayor Dobrava counts Sarnesk flood damage", "Mayor Ines Dobrava said the Lannic surge damaged 200 harbour homes in Sarnesk, and fishermen lost boats at the quay."),
        ("Sarnesk fish market reopens after floods", "The Sarnesk fish market reopened on the harbour front, a week after the Lannic sea surge, with mayor Ines Dobrava at the quay."),
    ];

    [Fact]
    public void Two_floods_merged_by_a_wrong_join_are_split_apart()
    {
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(), DocumentClusterOptions.Default with { Threshold = double.MinValue });
        var splits = new List<ClusterSplit>();
        clusterer.Split += splits.Add;

        AddInterleaved(clusterer);

        var split = Assert.Single(splits);
        Assert.Equal(2, split.Parts.Count);
        Assert.Equal(Ids("harbin"), clusterer.Index.Clusters.Single(c => c.Members.Contains("harbin-0")).Members.Order());
        Assert.Equal(Ids("sarnesk"), clusterer.Index.Clusters.Single(c => c.Members.Contains("sarnesk-0")).Members.Order());
        Assert.DoesNotContain(clusterer.Index.Clusters, c => c.Id == split.Original);
    }

    [Fact]
    public void Without_the_split_check_the_wrong_join_stays()
    {
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(), DocumentClusterOptions.Default with { Threshold = double.MinValue, SplitMaxMembers = 0 });

        AddInterleaved(clusterer);

        Assert.Equal(10, Assert.Single(clusterer.Index.Clusters).Members.Count);
    }

    [Fact]
    public void One_event_with_many_reports_is_not_split()
    {
        var clusterer = new DocumentClusterer(new InMemoryDocumentClusterIndex(), DocumentClusterOptions.Default with { Threshold = double.MinValue });
        for (var i = 0; i < Harbin.Length; i++)
        {
            clusterer.Add(Features($"harbin-{i}", Harbin[i]));
            clusterer.Add(Features($"harbin-again-{i}", (Harbin[i].Title, Harbin[(i + 2) % Harbin.Length].Body)));
        }

        Assert.Single(clusterer.Index.Clusters);
    }

    private static void AddInterleaved(DocumentClusterer clusterer)
    {
        for (var i = 0; i < Harbin.Length; i++)
        {
            clusterer.Add(Features($"harbin-{i}", Harbin[i]));
            clusterer.Add(Features($"sarnesk-{i}", Sarnesk[i]));
        }
    }

    private static string[] Ids(string town) => [.. Enumerable.Range(0, 5).Select(i => $"{town}-{i}")];

    private static DocumentFeatures Features(string id, (string Title, string Body) report)
    {
        var article = new Article { Path = id, Title = report.Title, Body = report.Body };
        var annotations = new Annotator().Annotate(article);
        return DocumentFeatureBuilder.Build(id, article, annotations, new EventDetector(EventCoverage.AllCameoRoots).Detect(article, annotations));
    }
}
