using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>Verb-verb combinations and noun compounds in the verb-dictionary coding, on invented sentences.</summary>
public sealed class CameoCombinationTests
{
    [Theory]
    [InlineData("Belmaria promised to help Ostravia rebuild its ports.", "033")]
    [InlineData("Belmaria threatened to attack Ostravia if the blockade continued.", "138")]
    [InlineData("Belmaria agreed to meet Ostravian negotiators next week.", "04")]
    public void An_upper_verb_and_its_infinitive_combine(string sentence, string code) =>
        Assert.StartsWith(code, Assert.Single(Detect(sentence)).CameoCode, StringComparison.Ordinal);

    [Theory]
    [InlineData("030", "070", "033")] // intent + aid
    [InlineData("030", "190", "138")] // intent + fight: a threat
    [InlineData("130", "190", "138")]
    [InlineData("020", "087", "025")] // appeal + yield
    [InlineData("030", "040", "040")] // intent + consult: the more concrete act
    [InlineData("050", "087", "087")] // cooperate + yield: the later in PETRARCH's order
    [InlineData("111", "0841", "111")] // disapproval keeps its code
    public void Codes_combine_as_PETRARCH_orders_them(string upper, string lower, string combined) =>
        Assert.Equal(combined, VerbCombinations.Combine(upper, lower));

    [Theory]
    [InlineData("Belmaria refused to release the Ostravian fishermen.", "124")] // refusal to yield
    [InlineData("Belmaria refused to cooperate with the Ostravian inquiry.", "121")]
    [InlineData("The Belmarian minister rejected calls to resign from Ostravian deputies.", "12")] // a coded rejection keeps its root
    public void A_refusal_negates_its_infinitive_as_a_rejection(string sentence, string code) =>
        Assert.StartsWith(code, Assert.Single(Detect(sentence)).CameoCode, StringComparison.Ordinal);

    [Fact]
    public void A_refusal_verb_alone_is_no_event() =>
        Assert.Empty(Detect("Belmaria refused Ostravia on Monday."));

    [Theory]
    [InlineData("Belmarian security forces killed two Ostravian gunmen.", "forces")]
    [InlineData("Government forces shelled Ostravian positions near Valmora.", "forces")]
    public void The_head_of_a_multi_word_agent_is_a_noun(string sentence, string noun) =>
        Assert.DoesNotContain(CameoVerbMatcher.Find(sentence, 0, sentence.Length), h => sentence.AsSpan(h.Start, h.Length).StartsWith(noun, StringComparison.Ordinal));

    [Fact]
    public void A_pattern_does_not_reach_into_an_adverbial_clause()
    {
        // "came ... to" would be ARRIVE's "(TO)" pattern (040); "to" here belongs to the clause opened by "as".
        const string sentence = "The stopover came as the Belmarian leader prepared to attend the games in Ostravia.";

        Assert.DoesNotContain(CameoVerbMatcher.Find(sentence, 0, sentence.Length), h => sentence.AsSpan(h.Start, h.Length).StartsWith("came", StringComparison.Ordinal));
    }

    [Fact]
    public void An_infinitive_after_a_noun_does_not_combine()
    {
        const string sentence = "Ostravian President Ivo Marek criticised Belmaria's decision to release the prisoners.";

        Assert.Equal("111", CameoVerbMatcher.Find(sentence, 0, sentence.Length)[0].Code);
    }

    [Fact]
    public void A_reported_attack_by_another_actor_is_an_accusation() =>
        Assert.Equal("112", Assert.Single(Detect("Belmarian officials said Ostravian rebels killed five soldiers.")).CameoCode);

    [Theory]
    [InlineData("Belmaria condemned the Ostravian rocket attacks on its villages.", "attacks")]
    [InlineData("Belmaria denounced Ostravian strikes on its villages.", "strikes")]
    public void A_plural_after_a_modifier_is_a_noun(string sentence, string noun) =>
        Assert.DoesNotContain(CameoVerbMatcher.Find(sentence, 0, sentence.Length), h => sentence.AsSpan(h.Start, h.Length).StartsWith(noun, StringComparison.Ordinal));

    private static IReadOnlyList<EventMention> Detect(string body)
    {
        var article = new Article { Path = "test.txt", Body = body, Published = new DateEvidence(new DateOnly(2024, 3, 8), DateSource.Hint, 1) };
        return new EventDetector(EventCoverage.CameoDictionary).Detect(article, new Annotator().Annotate(article));
    }
}
