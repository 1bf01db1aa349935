using Readout.Evaluation.Annotation;
using Readout.Model;
using Readout.Tests.Support;

namespace Readout.Tests.Evaluation;

/// <summary>The CoNLL-2003 scorer on a tiny invented snippet in the set's 4-column format (the full run is `readout eval ner`).</summary>
public sealed class ConllScoringTests
{
    private const string Snippet = """
        -DOCSTART- -X- -X- O

        Ostravian NNP B-NP B-MISC
        Foreign NNP I-NP O
        Minister NNP I-NP O
        Andrey NNP I-NP B-PER
        Valkov NNP I-NP I-PER
        met VBD B-VP O
        Velmora NNP B-NP B-LOC
        's POS B-NP O
        envoy NN I-NP O
        . . O O

        Valkov NNP B-NP B-PER
        flew VBD B-VP O
        to TO B-PP O
        Port NNP B-NP B-LOC
        Azur NNP I-NP I-LOC
        . . O O
        """;

    [Fact]
    public void Documents_sentences_and_chunks_are_read_as_conlleval_does()
    {
        var doc = Assert.Single(ConllDocument.Read(Snippet.Split('\n')));
        Assert.Equal(16, doc.Tokens.Count);
        Assert.Equal(
            [new EntityChunk(0, 1, "MISC"), new EntityChunk(3, 5, "PER"), new EntityChunk(6, 7, "LOC"), new EntityChunk(10, 11, "PER"), new EntityChunk(13, 15, "LOC")],
            doc.Gold);
        Assert.Equal("Ostravian Foreign Minister Andrey Valkov met Velmora 's envoy .\nValkov flew to Port Azur .", ConllEvaluator.Join(doc, out var offsets));
        Assert.Equal(64, offsets[10]);
    }

    [Theory]
    [InlineData("I-PER I-PER I-ORG O I-LOC", "0-2 PER|2-3 ORG|4-5 LOC")]
    [InlineData("B-PER I-PER B-PER O I-LOC I-LOC", "0-2 PER|2-3 PER|4-6 LOC")]
    [InlineData("O I-MISC B-MISC I-PER", "1-2 MISC|2-3 MISC|3-4 PER")]
    public void Iob1_and_iob2_tags_chunk_alike(string tags, string expected)
    {
        var t = tags.Split(' ');
        var chunks = ConllDocument.Chunks(t, t.Select((_, i) => i == 0).ToArray());
        Assert.Equal(expected, string.Join('|', chunks.Select(c => $"{c.Start}-{c.End} {c.Type}")));
    }

    [Fact]
    public void Entities_are_exact_matches_micro_averaged_per_type_set()
    {
        var counts = new EntityCounts();
        counts.Add(
            [new EntityChunk(0, 2, "PER"), new EntityChunk(3, 4, "LOC"), new EntityChunk(5, 6, "MISC")],
            [new EntityChunk(0, 2, "PER"), new EntityChunk(3, 5, "LOC"), new EntityChunk(5, 6, "MISC"), new EntityChunk(7, 8, "ORG")]);

        Assert.Equal(1.0 / 3, counts.Precision(["PER", "LOC", "ORG"]), 6);
        Assert.Equal(1.0 / 2, counts.Recall(["PER", "LOC", "ORG"]), 6);
        Assert.Equal(2.0 / 5, counts.F1(["PER", "LOC", "ORG"]), 6);
        Assert.Equal(1.0, counts.F1(["MISC"]), 6);
    }

    [Fact]
    public void Nominal_stand_ins_are_flagged_by_the_annotator_so_the_evaluator_skips_them()
    {
        var annotations = Readout.Tests.Annotation.Fixture.Annotate(
            "Ostravian Foreign Minister Arno Valkov arrived in Tarsk on Monday. The minister said the talks went well.");

        var people = annotations.Mentions.Where(m => m.Kind == MentionKind.Person).ToList();
        Assert.Contains(people, m => m.Text == "Arno Valkov" && !m.IsNominal);
        Assert.Contains(people, m => m.Text.EndsWith("minister", StringComparison.Ordinal) && m.IsNominal);
    }

    [Fact]
    public void The_evaluator_finds_the_split_and_scores_the_annotator()
    {
        using var folder = new TempFolder();
        folder.File("data/tiny_test.txt", Snippet);

        var result = new ConllEvaluator().Evaluate(folder.Path);

        Assert.Equal(1, result.Items);
        Assert.InRange(result.Metrics.Single(m => m.Name == "F1(PER/LOC/ORG)").Value, 0.0, 1.0);
    }
}
