namespace Readout.Clustering.Documents;

/// <summary>
/// What the document clusterer compares: weighted terms (log term frequency, before IDF, which the clusterer
/// keeps incrementally), entity keys, time keys ("y:2009", "d:2009-04-06") and detected CAMEO roots.
/// </summary>
/// <param name="Id">The caller's id for the document; the clusterer only echoes it.</param>
/// <param name="Terms">Distinct terms with their (sublinear) term weight.</param>
/// <param name="Entities">Entity keys from the annotator and proper-name keys from the text.</param>
/// <param name="Times">Years and exact dates the text mentions.</param>
/// <param name="EventRoots">Two-digit CAMEO roots of the events detected in the document.</param>
/// <param name="LeadTerms">Terms of the headline (or, without one, the first line): what the story is about, said first.</param>
/// <param name="Published">Publication date, when known: it moves the clustering window (see <see cref="InMemoryDocumentClusterIndex"/>).</param>
/// <param name="Sketch">MinHash signature of the body's word shingles: a near copy of a stored document joins its cluster at once.</param>
public sealed record DocumentFeatures(
    string Id,
    IReadOnlyList<KeyValuePair<string, float>> Terms,
    IReadOnlyCollection<string> Entities,
    IReadOnlyCollection<string> Times,
    IReadOnlyCollection<string> EventRoots,
    IReadOnlyCollection<string>? LeadTerms = null,
    DateOnly? Published = null,
    MinHashSignature? Sketch = null);
