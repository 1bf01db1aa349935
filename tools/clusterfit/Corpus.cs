using System.Text.Json;
using Readout.Clustering.Documents;
using Readout.Evaluation.Clustering;

namespace Readout.Tools.ClusterFit;

/// <summary>The ECB+ documents, their clusterer features (cached: annotation is the slow part) and the topic split.</summary>
internal sealed record Corpus(List<ClusteringDocument> Documents, DocumentFeatures[] Features, EcbPlusSplit Split)
{
    public static Corpus Load(string data, string cache)
    {
        var documents = ClusteringCorpus.ReadEcbPlus(data);
        DocumentFeatures[] features;
        if (File.Exists(cache))
        {
            features = JsonSerializer.Deserialize<DocumentFeatures[]>(File.ReadAllText(cache))!;
        }
        else
        {
            features = ClusteringFeatures.Build(documents);
            File.WriteAllText(cache, JsonSerializer.Serialize(features));
        }

        return new Corpus(documents, features, EcbPlusSplit.Load(data));
    }

    public int[] Topics(IReadOnlySet<int> topics) =>
        [.. Enumerable.Range(0, Documents.Count).Where(i => topics.Contains(Documents[i].Topic))];
}
