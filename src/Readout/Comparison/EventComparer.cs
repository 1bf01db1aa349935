using Readout.Model;
using Readout.Storage;

namespace Readout.Comparison;

/// <summary>
/// The comparison stage's front door: splits every source of an event into claims, aligns each source with the
/// primary, judges each aligned claim, collects the claims only some reports add, and measures provenance.
/// </summary>
public sealed class EventComparer : IEventComparer
{
    private readonly ClaimSplitter _splitter = new();
    private readonly VerdictJudge _judge = new();

    public EventComparison Compare(StoredEvent storedEvent, IReadOnlyList<StoredDocument> documents)
    {
        var byId = documents.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());
        var docs = storedEvent.Documents.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        if (docs.Count == 0)
        {
            return new EventComparison(storedEvent.Id, storedEvent.Primary, [], []);
        }

        var reference = docs.FirstOrDefault(d => d.Id == storedEvent.Primary) ?? docs[0];
        var others = docs.Where(d => d != reference).ToList();
        var claims = docs.ToDictionary(d => d.Id, d => _splitter.Split(d.Id, d.Article.Body, d.Annotations, storedEvent.Participants));
        var weights = new TermWeights();
        foreach (var claim in claims.Values.SelectMany(c => c))
        {
            weights.Add(claim.Tokens);
        }

        var aligner = new ClaimAligner(new SimilarityScorer(weights));
        var primaryClaims = claims[reference.Id];
        var cells = primaryClaims.Select(_ => new List<ClaimCell>()).ToList();
        var added = new List<(AnalyzedClaim Claim, List<ClaimCell> Cells)>();
        var sources = new List<SourceProvenance>();
        foreach (var other in others)
        {
            var otherClaims = claims[other.Id];
            var scores = aligner.Scores(primaryClaims, otherClaims);
            var counterparts = aligner.Align(scores);
            for (var i = 0; i < primaryClaims.Count; i++)
            {
                cells[i].Add(counterparts[i] is { } c ? Cell(other.Id, primaryClaims[i], otherClaims[c.Other]) : new ClaimCell(other.Id, ClaimVerdict.Dropped, null, null, null));
            }

            var used = counterparts.OfType<Counterpart>().Select(c => c.Other).ToHashSet();
            for (var j = 0; j < otherClaims.Count; j++)
            {
                if (!used.Contains(j) && Enumerable.Range(0, primaryClaims.Count).All(i => scores[i, j] < ClaimAligner.RelatedThreshold))
                {
                    AddOnce(added, aligner, otherClaims[j]);
                }
            }

            var carried = counterparts.Count(c => c is not null);
            sources.Add(ProvenanceAnalyzer.Analyze(other, reference, primaryClaims.Count, carried));
        }

        var rows = primaryClaims.Select((c, i) => Row("c" + (i + 1), c, cells[i]))
            .Concat(added.Select((a, i) => Row("a" + (i + 1), a.Claim, a.Cells)))
            .ToList();
        return new EventComparison(storedEvent.Id, reference.Id, sources, rows);
    }

    private ClaimCell Cell(long document, AnalyzedClaim reference, AnalyzedClaim other)
    {
        var (verdict, what) = _judge.Judge(reference, other);
        return new ClaimCell(document, verdict, other.Claim.Span, other.Claim.Text, what);
    }

    /// <summary>An added claim joins the row of one another report already added (the same point in two reports), else opens a row.</summary>
    private static void AddOnce(List<(AnalyzedClaim Claim, List<ClaimCell> Cells)> added, ClaimAligner aligner, AnalyzedClaim claim)
    {
        var cell = new ClaimCell(claim.Claim.Document, ClaimVerdict.Added, claim.Claim.Span, claim.Claim.Text, null);
        foreach (var row in added)
        {
            if (row.Claim.Claim.Document != claim.Claim.Document && row.Cells.All(c => c.Document != claim.Claim.Document)
                && aligner.Score(row.Claim, claim) >= ClaimAligner.MergedThreshold)
            {
                row.Cells.Add(cell);
                return;
            }
        }

        added.Add((claim, [cell]));
    }

    private static ComparedClaim Row(string id, AnalyzedClaim claim, List<ClaimCell> cells) =>
        new(id, claim.Claim.Document, claim.Claim.Span, claim.Claim.Text, claim.Claim.Speaker, cells);
}
