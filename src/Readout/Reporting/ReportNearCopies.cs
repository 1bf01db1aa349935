using Readout.Clustering.Documents;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>
/// Which of a report's documents nearly copy an earlier one (a re-published wire story, a syndicated copy, a
/// page captured twice with other boilerplate): the same MinHash signatures and banded lookup as the document
/// clusterer's near-copy path, with the same bar, over the report's documents in store order.
/// </summary>
public static class ReportNearCopies
{
    public static IReadOnlyDictionary<long, DocumentCopy> Find(IEnumerable<StoredDocument> documents) =>
        Find(documents, DocumentClusterOptions.Default);

    public static IReadOnlyDictionary<long, DocumentCopy> Find(IEnumerable<StoredDocument> documents, DocumentClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var index = new NearCopyIndex<long>();
        var copies = new Dictionary<long, DocumentCopy>();
        foreach (var document in documents.OrderBy(d => d.Id))
        {
            if (MinHashSignature.Of(document.Article.Body) is not { } signature)
            {
                continue;
            }

            // Only an original is filed: a copy of a copy then names the first, not a link of the chain.
            if (signature.Shingles >= options.NearCopyMinShingles && index.Nearest(signature, options.NearCopyBar) is { } match)
            {
                copies[document.Id] = new DocumentCopy(match.Owner, match.Similarity);
                continue;
            }

            index.Add(string.Empty, signature, document.Id);
        }

        return copies;
    }
}

/// <summary>A document's earlier near-identical document (by store id) and the estimated Jaccard of their word shingles.</summary>
public sealed record DocumentCopy(long Original, double Similarity);
