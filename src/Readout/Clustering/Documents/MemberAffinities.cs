namespace Readout.Clustering.Documents;

/// <summary>
/// A young cluster's member vectors and their pairwise similarities, each computed once when the later of the
/// two members arrived (at that moment's IDF). Kept only up to a member cap, so memory and the cost of a
/// <see cref="TwoWaySplit"/> over them stay bounded.
/// </summary>
internal sealed class MemberAffinities
{
    // Row i holds member i's similarity with members 0..i-1 (a lower triangle).
    private readonly List<float[]> _rows = [];

    public List<DocumentVector> Members { get; } = [];

    public int Count => Members.Count;

    public float this[int i, int j] => i == j ? 1f : i > j ? _rows[i][j] : _rows[j][i];

    /// <param name="member">The new member.</param>
    /// <param name="similarities">Its similarity with each earlier member, in member order.</param>
    public void Add(DocumentVector member, float[] similarities)
    {
        if (similarities.Length != Members.Count)
        {
            throw new ArgumentException("one similarity per earlier member", nameof(similarities));
        }

        Members.Add(member);
        _rows.Add(similarities);
    }

    /// <summary>The affinities of the members at <paramref name="indices"/> (ascending), for one part of a split.</summary>
    public MemberAffinities Subset(IReadOnlyList<int> indices)
    {
        var part = new MemberAffinities();
        for (var a = 0; a < indices.Count; a++)
        {
            var row = new float[a];
            for (var b = 0; b < a; b++)
            {
                row[b] = this[indices[a], indices[b]];
            }

            part.Add(Members[indices[a]], row);
        }

        return part;
    }
}
