namespace Readout.Comparison;

/// <summary>The pairwise features of two texts, in the order of <see cref="Names"/>.</summary>
public sealed class SimilarityFeatures(double[] values)
{
    public static readonly string[] Names =
    [
        "softAlign", "softAlignMin", "charGrams", "bigrams", "numbers", "lengthRatio", "surface",
        "countAlignMin", "countAlignMax", "unmatchedMin", "unmatchedMax", "unmatchedNames", "numberDiff", "negation",
        "gram2", "gram3", "gram4", "bleuMin", "bleuMax", "lcsMax", "lcsMin", "lengthDiff",
    ];

    public double[] Values { get; } = values;

    /// <summary>Rarity-weighted share of each side's content words the other side matches, averaged over both sides.</summary>
    public double SoftAlign => Values[0];

    /// <summary>The same share on the less covered side.</summary>
    public double SoftAlignMin => Values[1];

    public double[] ToArray() => Values;
}
