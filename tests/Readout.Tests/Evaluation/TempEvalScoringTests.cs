using Readout.Evaluation.Annotation;
using Readout.Model;
using Readout.Tests.Support;

namespace Readout.Tests.Evaluation;

/// <summary>The TempEval-3 scorer on a tiny invented TimeML document (the full run is `readout eval time`).</summary>
public sealed class TempEvalScoringTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>ostravia_1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2031-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">March 14, 2031</TIMEX3></DCT>
        <TEXT>
        Minister Valkov <EVENT eid="e1" class="OCCURRENCE">arrived</EVENT> in Tarsk <TIMEX3 tid="t1" type="DATE" value="2031-03-13">yesterday</TIMEX3> &amp; <EVENT eid="e2" class="OCCURRENCE">stayed</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
        Talks resume <TIMEX3 tid="t3" type="DATE" value="2031-W12">next week</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Tags_are_stripped_entities_decoded_and_offsets_kept()
    {
        var doc = TimeMlDocument.Parse("ostravia_1", Tml);
        Assert.Equal(new DateOnly(2031, 3, 14), doc.Creation);
        Assert.Equal(3, doc.Timexes.Count);
        Assert.Equal(["yesterday", "three days", "next week"], doc.Timexes.Select(t => t.Span.Slice(doc.Text)));
        Assert.Contains("Tarsk yesterday & stayed", doc.Text, StringComparison.Ordinal);
        Assert.Equal("P3D", doc.Timexes[1].Value);
    }

    [Fact]
    public void Strict_relaxed_and_value_matches_are_counted_over_system_and_gold()
    {
        var doc = TimeMlDocument.Parse("ostravia_1", Tml);
        TimeExpression Sys(string text, string value)
        {
            int at = doc.Text.IndexOf(text, StringComparison.Ordinal);
            return new TimeExpression(text, new TextSpan(at, at + text.Length), TimeKind.Date, value, null);
        }

        // exact + right value; overlapping ("days") + right value; exact + wrong value; one spurious.
        var system = new[] { Sys("yesterday", "2031-03-13"), Sys("days", "P3D"), Sys("next week", "2031-W11"), Sys("Tarsk", "X") };
        var counts = TimexScorer.Score(doc.Timexes, system);

        Assert.Equal(new TimexCounts(Gold: 3, System: 4, Strict: 2, Relaxed: 3, Value: 2), counts);
        Assert.Equal(2.0 * 2 / 7, counts.StrictF1, 6);
        Assert.Equal(2.0 * 3 / 7, counts.RelaxedF1, 6);
        Assert.Equal(2.0 * 2 / 7, counts.ValueF1, 6);
    }

    [Fact]
    public void The_recognizer_scores_full_marks_on_the_invented_document()
    {
        using var folder = new TempFolder();
        folder.File("TBAQ-cleaned/ostravia_1.tml", Tml);

        var result = new TempEvalEvaluator(TempEvalEvaluator.TrainingFolder).Evaluate(folder.Path);

        Assert.Equal(1, result.Items);
        Assert.All(result.Metrics, m => Assert.Equal(1.0, m.Value, 6));
    }
}
