using Readout.Evaluation.Clustering;

namespace Readout.Tests.Clustering;

/// <summary>
/// The oracle diagnostic's text rebuild: a document reduced to (or weighted towards) the sentences its annotators
/// marked as describing the reported event, read from setup files in the Cybulska and Vossen layout.
/// </summary>
public sealed class SeminalSentenceOracleTests : IDisposable
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "readout-seminal-" + Guid.NewGuid().ToString("N"));

    private static readonly ClusteringDocument Report = new(
        "Quake shakes Varnholm coast",
        "A magnitude 6.1 quake shook the Varnholm coast on Tuesday.\nIn 1998 a larger quake hit the same region.",
        "7ecb",
        7,
        "7_3ecb");

    public SeminalSentenceOracleTests()
    {
        var folder = Path.Combine(dataDir, "barhom-split", "data", "interim", "cybulska_setup");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "ECB_Train_corpus.txt"),
        [
            "7_3ecb\t0\t0\tQuake\t-", "7_3ecb\t0\t1\tshakes\tACT1", "7_3ecb\t0\t2\tVarnholm\tLOC1", "7_3ecb\t0\t3\tcoast\tLOC1",
            "",
            "7_3ecb\t1\t0\tA\t-", "7_3ecb\t1\t1\tquake\tACT1", "7_3ecb\t1\t2\tshook\tACT1", "7_3ecb\t1\t3\tVarnholm\tLOC1", "7_3ecb\t1\t4\t.\t-",
            "",
            "7_5ecb\t2\t0\tAftershocks\tACT2", "7_5ecb\t2\t1\tfollowed\t-", "7_5ecb\t2\t2\t.\t-",
        ]);
    }

    public void Dispose() => Directory.Delete(dataDir, recursive: true);

    [Fact]
    public void Annotated_sentences_are_read_per_document_in_order_and_detokenised()
    {
        var seminal = EcbPlusSeminalSentences.Load(dataDir, "Train");

        Assert.Equal(new[] { (0, "Quake shakes Varnholm coast"), (1, "A quake shook Varnholm.") }, seminal.Of("7_3ecb"));
        Assert.Equal(new[] { (2, "Aftershocks followed.") }, seminal.Of("7_5ecb"));
        Assert.Empty(seminal.Of("7_9ecb"));
    }

    [Fact]
    public void Only_the_annotated_sentences_remain_and_the_headline_when_annotated()
    {
        var seminal = EcbPlusSeminalSentences.Load(dataDir, "Train");

        var withHeadline = SeminalSentenceOracle.Rewrite(Report, seminal.Of("7_3ecb"), SeminalText.AnnotatedOnly);
        var withoutHeadline = SeminalSentenceOracle.Rewrite(Report, seminal.Of("7_5ecb"), SeminalText.AnnotatedOnly);

        Assert.Equal(("Quake shakes Varnholm coast", "A quake shook Varnholm."), (withHeadline.Title, withHeadline.Text));
        Assert.Equal(("", "Aftershocks followed."), (withoutHeadline.Title, withoutHeadline.Text));
        Assert.Equal((Report.Gold, Report.Topic), (withHeadline.Gold, withHeadline.Topic));
    }

    [Fact]
    public void Annotated_sentences_can_sit_under_the_documents_own_headline()
    {
        var seminal = EcbPlusSeminalSentences.Load(dataDir, "Train");

        var rewritten = SeminalSentenceOracle.Rewrite(Report, seminal.Of("7_5ecb"), SeminalText.AnnotatedUnderHeadline);

        Assert.Equal((Report.Title, "Aftershocks followed."), (rewritten.Title, rewritten.Text));
    }

    [Fact]
    public void Weighting_twice_appends_the_annotated_sentences_to_the_whole_text()
    {
        var seminal = EcbPlusSeminalSentences.Load(dataDir, "Train");

        var rewritten = SeminalSentenceOracle.Rewrite(Report, seminal.Of("7_3ecb"), SeminalText.AnnotatedTwice);

        Assert.Equal(Report.Title, rewritten.Title);
        Assert.Equal(Report.Text + "\nQuake shakes Varnholm coast\nA quake shook Varnholm.", rewritten.Text);
    }

    [Fact]
    public void A_document_without_annotated_sentences_or_the_full_variant_stays_whole()
    {
        var seminal = EcbPlusSeminalSentences.Load(dataDir, "Train");

        Assert.Same(Report, SeminalSentenceOracle.Rewrite(Report, seminal.Of("7_9ecb"), SeminalText.AnnotatedOnly));
        Assert.Same(Report, SeminalSentenceOracle.Rewrite(Report, seminal.Of("7_3ecb"), SeminalText.Full));
    }
}
