namespace Readout.Comparison;

/// <summary>One claim's counterpart in another document and how alike they are (0..1).</summary>
internal readonly record struct Counterpart(int Other, double Score);

/// <summary>
/// Pairs the claims of a reference document with those of another. Greedy best-first one-to-one assignment
/// above <see cref="Threshold"/>, then many-to-one for claims a report merged into one sentence (a stricter bar,
/// so a claim the report left out is not pinned to a merely related sentence).
/// </summary>
internal sealed class ClaimAligner(SimilarityScorer scorer)
{
    public const double Threshold = 0.4;
    public const double MergedThreshold = 0.45;

    /// <summary>Below this a claim is unrelated to every reference claim: only then is it reported as added.</summary>
    public const double RelatedThreshold = 0.3;

    public double[,] Scores(IReadOnlyList<AnalyzedClaim> reference, IReadOnlyList<AnalyzedClaim> other)
    {
        var scores = new double[reference.Count, other.Count];
        for (var i = 0; i < reference.Count; i++)
        {
            for (var j = 0; j < other.Count; j++)
            {
                scores[i, j] = Score(reference[i], other[j]);
            }
        }

        return scores;
    }

    /// <summary>How alike two claims are: the paraphrase probability, lifted when one claim is contained in the other (a merged sentence).</summary>
    public double Score(AnalyzedClaim a, AnalyzedClaim b)
    {
        var features = scorer.Features(a.Profile, b.Profile);
        var probability = SimilarityScorer.Probability(features, SimilarityScorer.ShippedWeights);
        var containment = Math.Max(features.SoftAlign * 2 - features.SoftAlignMin, features.SoftAlignMin);
        // A small share of the plain probability breaks ties between a full paraphrase and a fragment it contains.
        return Math.Min(1, Math.Max(probability, containment * 0.85) + 0.05 * probability);
    }

    /// <summary>For each reference claim, its counterpart in the other document, if any.</summary>
    public Counterpart?[] Align(double[,] scores)
    {
        int rows = scores.GetLength(0), columns = scores.GetLength(1);
        var result = new Counterpart?[rows];
        var taken = new bool[columns];
        var pairs = new List<(int I, int J, double S)>();
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (scores[i, j] >= Threshold)
                {
                    pairs.Add((i, j, scores[i, j]));
                }
            }
        }

        foreach (var (i, j, s) in pairs.OrderByDescending(p => p.S))
        {
            if (result[i] is null && !taken[j])
            {
                result[i] = new Counterpart(j, s);
                taken[j] = true;
            }
        }

        foreach (var (i, j, s) in pairs.OrderByDescending(p => p.S))
        {
            if (result[i] is null && s >= MergedThreshold)
            {
                result[i] = new Counterpart(j, s);
            }
        }

        return result;
    }
}
