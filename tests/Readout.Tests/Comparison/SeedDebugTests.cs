using Readout.Comparison;
using Readout.Tests.EndToEnd;
using Readout.Tests.Support;

namespace Readout.Tests.Comparison;

public sealed class SeedDebugTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        if (RepositoryPaths.Seeds is not { } seeds) return;
        var run = CorpusRun.Of(seeds);
        var call = run.MainEventOf("000_58db4b05f7b6e4e2.txt");
        var docs = run.Report.Documents;
        var splitter = new ClaimSplitter();
        var claims = call.Documents.ToDictionary(id => id, id => splitter.Split(id, docs.First(d => d.Id == id).Article.Body, docs.First(d => d.Id == id).Annotations, call.Participants));
        var w = new TermWeights();
        foreach (var c in claims.Values.SelectMany(c => c)) w.Add(c.Tokens);
        var aligner = new ClaimAligner(new SimilarityScorer(w));
        foreach (var id in call.Documents)
        {
            output.WriteLine($"== doc {id}");
            foreach (var c in claims[id]) output.WriteLine($"  {c.Claim.Index} [{string.Join(",", c.Claim.Speakers)}] {c.Claim.Text} || {string.Join(" ", c.Tokens.Select(t => t.Key))}");
        }
        var p = claims[call.Primary!.Value];
        foreach (var id in call.Documents.Where(i => i != call.Primary))
        {
            var s = aligner.Scores(p, claims[id]);
            output.WriteLine($"== scores vs {id}");
            for (var i = 0; i < p.Count; i++)
                output.WriteLine($"  {i}: " + string.Join(" ", Enumerable.Range(0, claims[id].Count).Select(j => s[i, j].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
        }
    }
}
