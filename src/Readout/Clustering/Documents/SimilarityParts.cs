namespace Readout.Clustering.Documents;

/// <summary>
/// The separate signals of <see cref="DocumentSimilarity"/> for one document and one candidate cluster, so a
/// join decision can weigh them by more than one fixed sum (<see cref="JoinModel"/>).
/// </summary>
/// <param name="Cosine">TF-IDF cosine with the centroid.</param>
/// <param name="Entities">Entity-key overlap, cluster keys by member share.</param>
/// <param name="Numbers">IDF-weighted cosine of the non-year numbers.</param>
/// <param name="Lead">IDF-weighted share of the headline terms the cluster's headlines have.</param>
/// <param name="Time">+1 a year or date is shared, −1 both mention some and none is shared, 0 otherwise.</param>
/// <param name="Kind">+1 a CAMEO root is shared, −1 both have roots and none is shared, 0 otherwise.</param>
/// <param name="Nearest">TF-IDF cosine with the closest recent member.</param>
/// <param name="Mean">Mean TF-IDF cosine with the recent members.</param>
public readonly record struct SimilarityParts(
    double Cosine, double Entities, double Numbers, double Lead, double Time, double Kind, double Nearest = 0, double Mean = 0, double Day = 0);
