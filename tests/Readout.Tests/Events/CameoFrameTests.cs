using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>PETRARCH-2's frame around a coded verb, on invented sentences: a source and a target actor, no discard phrase.</summary>
public sealed class CameoFrameTests
{
    [Fact]
    public void A_verb_with_a_source_but_no_target_is_no_event() =>
        Assert.Empty(Detect("Ostravian rebels attacked on Monday night."));

    [Fact]
    public void A_generic_agent_is_a_target() =>
        Assert.StartsWith("19", Assert.Single(Detect("Belmarian troops attacked rebels near the border.")).CameoCode, StringComparison.Ordinal);

    [Fact]
    public void Two_actors_joined_by_and_act_on_each_other() =>
        Assert.StartsWith("05", Assert.Single(Detect("Belmaria and Ostravia agreed on a ceasefire on Monday.")).CameoCode, StringComparison.Ordinal);

    [Fact]
    public void A_sentence_with_a_discard_phrase_is_no_event()
    {
        Assert.StartsWith("19", Assert.Single(Detect("Ostravia beat Belmaria in the final on Sunday.")).CameoCode, StringComparison.Ordinal);
        Assert.Empty(Detect("Ostravia beat Belmaria in the football final on Sunday."));
    }

    [Fact]
    public void A_year_is_no_discard() =>
        Assert.False(DiscardPhrases.Default.In("Belmaria signed the pact in 1998.", Tokens("Belmaria signed the pact in 1998.")));

    [Theory]
    [InlineData("rebels")]
    [InlineData("militias")]
    [InlineData("ministries")]
    [InlineData("policemen")]
    [InlineData("civilians")]
    public void Agent_nouns_come_from_the_PETRARCH_agents_dictionary(string word) => Assert.True(AgentNouns.Default.IsAgent(word));

    [Fact]
    public void An_ordinary_noun_is_no_agent() => Assert.False(AgentNouns.Default.IsAgent("explosion"));

    private static List<WordToken> Tokens(string text)
    {
        var tokens = new List<WordToken>();
        WordTokens.Split(text, 0, text.Length, tokens);
        return tokens;
    }

    private static IReadOnlyList<EventMention> Detect(string body)
    {
        var article = new Article { Path = "test.txt", Body = body, Published = new DateEvidence(new DateOnly(2024, 3, 8), DateSource.Hint, 1) };
        return new EventDetector(EventCoverage.CameoDictionary).Detect(article, new Annotator().Annotate(article));
    }
}
