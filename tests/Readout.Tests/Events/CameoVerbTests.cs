using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>CAMEO roots beyond the diplomatic kinds, on invented sentences: coded as EventKind.Other with the specific code.</summary>
public sealed class CameoVerbTests
{
    [Theory]
    [InlineData("Ostravian police arrested two Belmarian fishermen near Valmora on Thursday.", "17")]
    [InlineData("Belmaria on Friday condemned the seizure of the trawler as unlawful.", "11")]
    [InlineData("Karvonian artillery shelled villages along the Serran Strait overnight.", "19")]
    [InlineData("Thousands of farmers protested outside the Ostravian parliament in Valmora on Monday.", "14")]
    [InlineData("Ostravia rejected the Belmarian proposal for joint patrols.", "12")]
    [InlineData("Belmaria released twelve Ostravian prisoners on Sunday.", "08")]
    [InlineData("The Foreign Ministry warned Karvonia against any incursion into Ostravian waters.", "13")]
    [InlineData("Belmaria demanded the immediate return of the trawler Sveta Dora.", "10")]
    public void A_sentence_gets_its_cameo_root(string sentence, string root)
    {
        var mention = Assert.Single(Detect(sentence));

        Assert.Equal(EventKind.Other, mention.Kind);
        Assert.StartsWith(root, mention.CameoCode, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_detector_stays_diplomatic()
    {
        var article = new Article { Path = "test.txt", Body = "Ostravian police arrested two Belmarian fishermen near Valmora on Thursday." };

        Assert.Empty(new EventDetector().Detect(article, new Annotator().Annotate(article)));
    }

    [Fact]
    public void A_diplomatic_trigger_still_wins_over_another_verb()
    {
        var mention = Detect("Andrey Valkov met with Edwin Larcombe in Valmora on Thursday and condemned the attack on the trawler.")[0];

        Assert.Equal(EventKind.Meeting, mention.Kind);
        Assert.Equal("040", mention.CameoCode);
    }

    [Fact]
    public void Other_verbs_never_make_secondary_events()
    {
        var events = Detect("Andrey Valkov spoke by telephone with Edwin Larcombe on Thursday. Separately, Tomas Reinholt condemned the arrest of two fishermen.");

        Assert.All(events, e => Assert.NotEqual(EventKind.Other, e.Kind));
    }

    [Fact]
    public void A_verb_without_any_actor_in_its_sentence_is_no_event() =>
        Assert.Empty(Detect("An explosion sent a wall of flame through the dormitory before dawn.", EventCoverage.CameoDictionary));

    [Fact]
    public void Reported_speech_is_coded_on_the_reported_event()
    {
        var mention = Assert.Single(Detect("A Belmarian spokesman said on Friday that Ostravian police arrested two fishermen.", EventCoverage.CameoDictionary));

        Assert.StartsWith("17", mention.CameoCode, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diplomatic_noun_yields_to_the_sentence_verb()
    {
        var mention = Assert.Single(Detect("Belmaria condemned Ostravia on Friday during a meeting of the regional council.", EventCoverage.CameoDictionary));

        Assert.Equal(EventKind.Other, mention.Kind);
        Assert.StartsWith("11", mention.CameoCode, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ostravian police arrested two Belmarian fishermen near Valmora on Thursday.", "17")]
    [InlineData("Belmaria on Friday condemned Ostravia's seizure of the trawler as unlawful.", "11")]
    [InlineData("Karvonian artillery shelled villages along the Serran Strait overnight.", "19")]
    [InlineData("Ostravia rejected the Belmarian proposal for joint patrols.", "12")]
    [InlineData("Belmaria released twelve Ostravian prisoners on Sunday.", "08")]
    [InlineData("Belmaria demanded the immediate return of the trawler Sveta Dora.", "10")]
    public void The_verb_dictionary_gives_the_same_roots(string sentence, string root) =>
        Assert.StartsWith(root, Assert.Single(Detect(sentence, EventCoverage.CameoDictionary)).CameoCode, StringComparison.Ordinal);

    private static IReadOnlyList<EventMention> Detect(string body, EventCoverage coverage = EventCoverage.AllCameoRoots)
    {
        var article = new Article { Path = "test.txt", Body = body, Published = new DateEvidence(new DateOnly(2024, 3, 8), DateSource.Hint, 1) };
        return new EventDetector(coverage).Detect(article, new Annotator().Annotate(article));
    }
}
