namespace Readout.Clustering.Documents;

/// <summary>
/// What <see cref="JoinModel"/> sees of one (document, candidate cluster) decision: the similarity signals one
/// by one, the hand-weighted score, the cluster's size and the lead over the runner-up candidate. The size
/// terms are there because the costly mistakes are first joins into young clusters (a look-alike sub-topic
/// then follows), and a young cluster's score is noisier than an established one's.
/// </summary>
public static class JoinFeatures
{
    /// <summary>Feature names, in vector order (the weights file names them).</summary>
    public static readonly string[] Names =
    [
        "score", "cosine", "entities", "numbers", "lead", "time", "kind", "nearest", "mean",
        "young", "score*young", "entities*young", "nearest*young", "margin", "log-size",
    ];

    /// <summary>Fills <paramref name="into"/> (length <see cref="Names"/>) for one candidate.</summary>
    /// <param name="parts">The candidate's signals.</param>
    /// <param name="score">Its hand-weighted score (<see cref="DocumentSimilarity"/>).</param>
    /// <param name="size">Members the cluster has.</param>
    /// <param name="runnerUp">The best hand-weighted score among the other reranked candidates (0 when none).</param>
    public static void Fill(in SimilarityParts parts, double score, int size, double runnerUp, Span<double> into)
    {
        var young = 1.0 / Math.Max(1, size);
        into[0] = score;
        into[1] = parts.Cosine;
        into[2] = parts.Entities;
        into[3] = parts.Numbers;
        into[4] = parts.Lead;
        into[5] = parts.Time;
        into[6] = parts.Kind;
        into[7] = parts.Nearest;
        into[8] = parts.Mean;
        into[9] = young;
        into[10] = score * young;
        into[11] = parts.Entities * young;
        into[12] = parts.Nearest * young;
        into[13] = score - runnerUp;
        into[14] = Math.Log(1 + size);
    }
}
