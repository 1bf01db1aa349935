using Readout.Annotation;
using Readout.Annotation.Entities.Model;
using Readout.Model;

namespace Readout.Tests.Annotation.Model;

/// <summary>The statistical span typer: shipped weights load, features are read from the text, and the hook only adds trusted people.</summary>
public sealed class SpanTyperTests
{
    private const string Body = "Talks in the capital went on with the help of Dravik Olsund and the delegation from Kerrow Vale .";

    // A hand-made model: "olsund" means a person, "vale" a place, by a wide margin.
    private static SpanTypeModel TinyModel() => SpanTypeModel.Load([
        $"{FeatureHash.Of('w', "olsund"):x16}\t0 9 0 0",
        $"{FeatureHash.Of('w', "vale"):x16}\t0 0 9 0",
    ]);

    [Fact]
    public void The_shipped_weights_load()
        => Assert.True(SpanTypeModel.Shipped.FeatureCount > 1000);

    [Fact]
    public void Features_name_the_run_words_and_a_given_name()
    {
        var doc = new DocumentContext("Envoy Marta Velsk arrived .");
        var features = new List<ulong>();
        SpanFeatures.Extract(doc, 1, 3, features);
        Assert.Contains(FeatureHash.Of('w', "velsk"), features);
        Assert.Contains(FeatureHash.Of('l', "Velsk"), features);
        Assert.Contains(FeatureHash.Mix(FeatureHash.Of('g'), '2'), features); // "Marta" is a known given name
    }

    [Fact]
    public void Candidates_skip_headlines_calendar_words_and_lone_letters()
    {
        var doc = new DocumentContext("TALKS IN KERROW VALE\nWe met on Monday and I saw Dravik Olsund in Kerrow Wednesday .");
        var runs = SpanTyper.Candidates(doc).Select(r => doc.SpanOf(r.Start, r.End).Slice(doc.Text)).ToList();
        Assert.Equal(["We", "Dravik Olsund", "Kerrow"], runs); // a calendar word ends a run
    }

    [Fact]
    public void The_hook_adds_the_people_the_rules_leave_but_not_places()
    {
        var annotator = new Annotator { SpanTyping = (TinyModel(), 4f) };
        var mentions = annotator.Annotate(new Article { Path = "t", Body = Body }).Mentions;
        Assert.Contains(mentions, m => m is { Kind: MentionKind.Person, Text: "Dravik Olsund" });
        Assert.DoesNotContain(mentions, m => m.Text == "Kerrow Vale"); // places proved right too seldom on CoNLL train
        Assert.Equal(mentions.OrderBy(m => m.Span.Start), mentions); // in text order
    }

    [Fact]
    public void Below_the_margin_or_switched_off_nothing_is_added()
    {
        foreach (var annotator in new[] { new Annotator { SpanTyping = (TinyModel(), 10f) }, new Annotator { SpanTyping = null } })
        {
            var mentions = annotator.Annotate(new Article { Path = "t", Body = Body }).Mentions;
            Assert.DoesNotContain(mentions, m => m.Text is "Dravik Olsund" or "Kerrow Vale");
        }
    }

    [Theory]
    [InlineData("met Dravik Olsund today", 1, 3, 1, true)]
    [InlineData("met Olsund today", 1, 2, 1, false)] // a lone word
    [InlineData("Dravik Olsund met us", 0, 2, 1, false)] // opens the sentence
    [InlineData("met Dravik Olsund today", 1, 3, 2, false)] // a place
    [InlineData("met Dravik Olsund today", 1, 3, 3, false)]
    [InlineData("met Deputy Minister Olsund today", 1, 4, 1, false)] // a role word
    [InlineData("met the Dravik League today", 2, 4, 1, false)] // a league, a prize, a site
    [InlineData("six Roman Catholic nuns", 1, 3, 1, false)] // a faith
    [InlineData("a French Olsund girl", 1, 3, 1, false)] // led by a nationality
    [InlineData("the DRAVIK Olsund daily", 1, 3, 1, false)] // led by an all-caps masthead
    public void Only_trusted_slices_are_kept(string text, int start, int end, int type, bool trusted)
        => Assert.Equal(trusted, SpanTyper.IsTrusted(new DocumentContext(text), start, end, (SpanClass)type)); // 1 person, 2 place, 3 organisation
}
