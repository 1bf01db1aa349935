using Readout.Comparison;
using Readout.Model;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Tests.Comparison;

/// <summary>A ten-document event gets a full claims × sources matrix (its speed is measured by the bench).</summary>
public sealed class TenSourceComparisonTests
{
    [Fact]
    public void Every_claim_has_a_cell_for_each_of_ten_sources()
    {
        var pipeline = ReadoutPipeline.CreateDefault();
        // The sample pages, repeated to ten documents (a copy still costs a full comparison).
        var pages = Directory.EnumerateFiles(Support.RepositoryPaths.Samples, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal)).Order().ToList();
        var samples = Enumerable.Range(0, 10).Select(i => pages[i % pages.Count]).ToList();
        var documents = samples.Select((path, i) =>
        {
            var format = path.EndsWith(".html", StringComparison.Ordinal) ? SourceFormat.Html : SourceFormat.Text;
            var raw = new RawDocument(path, null, format, File.ReadAllText(path), "h" + i, DocumentHints.None);
            try
            {
                var analyzed = pipeline.Analyze(raw);
                return new StoredDocument(i + 1, raw.ContentHash, analyzed.Article, analyzed.Annotations, analyzed.Events);
            }
            catch (Readout.Extraction.ExtractionException)
            {
                return null;
            }
        }).OfType<StoredDocument>().ToList();
        var storedEvent = new StoredEvent
        {
            Id = 1,
            CameoCode = "040",
            Participants = documents.SelectMany(d => d.Events.SelectMany(e => e.Participants)).DistinctBy(p => p.EntityKey).ToList(),
            Documents = documents.Select(d => d.Id).ToList(),
            Primary = 1,
        };
        var comparison = new EventComparer().Compare(storedEvent, documents);

        // Speed is measured by the bench (`Readout.Bench --compare 10`), not here: wall time on CI varies.
        Assert.Equal(10, documents.Count);
        Assert.Equal(1, comparison.Primary);
        Assert.Equal(9, comparison.Sources.Count(s => s.Document != comparison.Primary)); // each other source gets its provenance
        Assert.NotEmpty(comparison.Claims);
        var primaryClaims = comparison.Claims.Where(c => c.Document == comparison.Primary).ToList();
        Assert.NotEmpty(primaryClaims);
        Assert.All(primaryClaims, claim => Assert.Equal(9, claim.Cells.Select(cell => cell.Document).Distinct().Count())); // a verdict from each other source
    }
}
