using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>Source and target roles from the verb's own clause (<see cref="ClauseRoles"/>), on invented sentences.</summary>
public sealed class CameoRoleTests
{
    [Fact]
    public void The_source_of_a_reported_clause_is_its_own_subject() =>
        Assert.False(Frames("Belmaria said the storm hit Ostravia.", "hit"));

    [Fact]
    public void A_pronoun_subject_stands_for_the_speaker() =>
        Assert.True(Frames("Belmaria said it would attack Ostravia.", "attack"));

    [Fact]
    public void An_opening_subordinate_clause_is_not_the_main_verb_subject() =>
        Assert.False(Frames("After Belmaria attacked Ostravia, the storm hit Valmora.", "hit"));

    [Fact]
    public void The_verb_of_an_opening_subordinate_clause_has_its_subject_after_the_subordinator() =>
        Assert.True(Frames("After Belmaria attacked Ostravia, the storm hit Valmora.", "attacked"));

    [Fact]
    public void A_relative_clause_verb_takes_the_noun_before_the_pronoun_as_subject() =>
        Assert.True(Frames("Belmaria, which attacked Ostravia last year, held elections.", "attacked"));

    [Fact]
    public void The_target_ends_at_a_relative_pronoun() =>
        Assert.False(Frames("Belmarian troops shelled the town, which Ostravia held for years.", "shelled"));

    [Fact]
    public void The_target_ends_before_a_speech_tail() =>
        Assert.False(Frames("Ostravian rebels attacked on Monday, Belmarian officials said.", "attacked"));

    [Fact]
    public void A_speaker_reporting_its_own_attack_claims_it() =>
        Assert.Equal("015", Assert.Single(Detect("Ostravian rebels said the rebels killed five Belmarian soldiers.")).CameoCode);

    [Fact]
    public void A_speaker_reporting_another_actor_attack_accuses_it() =>
        Assert.Equal("112", Assert.Single(Detect("Belmarian officials said Ostravian rebels killed five soldiers.")).CameoCode);

    private static bool Frames(string text, string verb)
    {
        var at = text.IndexOf(verb, StringComparison.Ordinal);
        return ActorCue.Frames(text, new TextSpan(0, text.Length), new TextSpan(at, at + verb.Length));
    }

    private static IReadOnlyList<EventMention> Detect(string body)
    {
        var article = new Article { Path = "test.txt", Body = body, Published = new DateEvidence(new DateOnly(2024, 3, 8), DateSource.Hint, 1) };
        return new EventDetector(EventCoverage.CameoDictionary).Detect(article, new Annotator().Annotate(article));
    }
}
