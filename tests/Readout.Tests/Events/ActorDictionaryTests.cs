using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>
/// PETRARCH-2's TABARI actor format read from a small invented dictionary, and the CAMEO frame that uses it:
/// phrases, synonyms, dated codes, longest match, source and target codes.
/// </summary>
public sealed class ActorDictionaryTests
{
    private const string Dictionary = """
        # Invented actors for the tests
        <!-- an XML comment line -->
        VALMORA_  [VAL]
        +VALMORAN_
        +PORT_ESTEL_
        VALMORA_CITY_COUNCIL_ [VALGOV] # a longer phrase of the same first word
        OSTRAVIA [OST]
        OSTRAVIAN DEFENCE MINISTRY [OSTMIL]
        K._TORVAN_
        	[OSTGOV 20100101-20151231]
        	[OSTELI]
        MIRA_SELLEN_
        +PRESIDENT_SELLEN_
        	[VALGOV >150601]
        	[VALOPP <150601]
        ARDO_VENN_
        	[OSTREB 990101-051231]
        US_ [USA]
        """;

    private static readonly ActorDictionary Actors = ActorDictionary.Parse(new StringReader(Dictionary));

    [Fact]
    public void Heads_and_synonyms_are_phrases() => Assert.Equal(11, Actors.Count);

    [Theory]
    [InlineData("Valmora protested.", "VAL", 1)]
    [InlineData("Valmoran troops crossed.", "VAL", 1)]
    [InlineData("Port Estel protested.", "VAL", 2)]
    [InlineData("Valmora City Council protested.", "VALGOV", 3)]
    [InlineData("The Ostravian Defence Ministry protested.", "OSTMIL", 3)]
    public void The_longest_phrase_at_a_word_gives_the_code(string text, string code, int length)
    {
        var tokens = Tokens(text);
        var at = tokens.FindIndex(t => char.IsUpper(text[t.Start]) && !t.In(text).SequenceEqual("The"));
        Assert.Equal(new ActorMatch(length, code), Actors.MatchAt(text, tokens, at, null));
    }

    [Fact]
    public void A_clause_boundary_ends_a_phrase() =>
        Assert.Equal(new ActorMatch(1, "VAL"), Actors.MatchAt("Valmora, City Council", Tokens("Valmora, City Council"), 0, null));

    [Theory]
    [InlineData(2012, 5, 1, "OSTGOV")]
    [InlineData(2020, 5, 1, "OSTELI")]
    [InlineData(2015, 12, 31, "OSTGOV")]
    public void A_dated_code_applies_between_its_dates_else_the_default(int year, int month, int day, string code) =>
        Assert.Equal(code, Actors.MatchAt("K. Torvan said", Tokens("K. Torvan said"), 0, new DateOnly(year, month, day))?.Code);

    [Theory]
    [InlineData(2016, "VALGOV")]
    [InlineData(2014, "VALOPP")]
    public void Open_ended_restrictions_use_two_digit_years(int year, string code) =>
        Assert.Equal(code, Actors.MatchAt("President Sellen said", Tokens("President Sellen said"), 0, new DateOnly(year, 1, 1))?.Code);

    [Fact]
    public void An_actor_with_only_dated_codes_is_no_actor_outside_them()
    {
        var tokens = Tokens("Ardo Venn said");
        Assert.Equal("OSTREB", Actors.MatchAt("Ardo Venn said", tokens, 0, new DateOnly(2001, 1, 1))?.Code);
        Assert.Null(Actors.MatchAt("Ardo Venn said", tokens, 0, new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void Without_a_date_the_default_or_the_last_dated_code_applies()
    {
        Assert.Equal("OSTELI", Actors.MatchAt("K. Torvan said", Tokens("K. Torvan said"), 0, null)?.Code);
        Assert.Equal("VALOPP", Actors.MatchAt("Mira Sellen said", Tokens("Mira Sellen said"), 0, null)?.Code);
    }

    [Theory]
    [InlineData("000101", 2000)]
    [InlineData("300101", 2030)]
    [InlineData("310101", 1931)]
    [InlineData("19990101", 1999)]
    public void Six_digit_dates_put_years_up_to_30_in_this_century(string text, int year) =>
        Assert.Equal(new DateOnly(year, 1, 1).DayNumber, ActorDictionaryReader.Day(text));

    [Fact]
    public void An_impossible_date_is_no_restriction() => Assert.Null(ActorDictionaryReader.Day("20100931"));

    [Fact]
    public void The_frame_takes_source_and_target_codes_from_the_dictionary()
    {
        const string text = "Valmora City Council condemned the Ostravian Defence Ministry on Friday.";
        var cue = new ActorCue(text, Annotations.Empty, Actors);
        var verb = Span(text, "condemned");
        Assert.True(cue.Frames(Whole(text), verb));
        Assert.Equal(("VALGOV", "OSTMIL"), cue.Codes(Whole(text), verb));
    }

    [Fact]
    public void Two_actors_joined_by_and_are_source_and_target()
    {
        const string text = "Valmora and Ostravia agreed on a ceasefire.";
        Assert.Equal(("VAL", "OST"), new ActorCue(text, Annotations.Empty, Actors).Codes(Whole(text), Span(text, "agreed")));
    }

    [Fact]
    public void A_lower_case_word_is_no_dictionary_actor()
    {
        const string text = "Valmora told us nothing.";
        Assert.Equal(("VAL", null), new ActorCue(text, Annotations.Empty, Actors).Codes(Whole(text), Span(text, "told")));
    }

    [Fact]
    public void Without_capitalised_names_only_dictionary_actors_frame_a_verb()
    {
        const string text = "Gondara condemned Valmora.";
        var verb = Span(text, "condemned");
        Assert.True(ActorCue.Frames(text, Whole(text), verb, Actors));
        Assert.False(ActorCue.Frames(text, Whole(text), verb, Actors, capitalisedNames: false));
    }

    [Fact]
    public void Invented_actors_frame_an_event_through_the_annotation_and_carry_only_agent_codes()
    {
        var article = new Article
        {
            Path = "test.txt",
            Body = "Belmarian troops attacked rebels near the border.",
            Published = new DateEvidence(new DateOnly(2024, 3, 8), DateSource.Hint, 1),
        };
        var found = Assert.Single(new EventDetector(EventCoverage.CameoDictionary).Detect(article, new Annotator().Annotate(article)));
        Assert.StartsWith("19", found.CameoCode, StringComparison.Ordinal);
        Assert.Equal("---REB", found.TargetActor);
    }

    [Theory]
    [InlineData("The Ostravia police arrested Valmoran traders.", "OSTCOP")]
    [InlineData("Ostravia's police arrested Valmoran traders.", "OSTCOP")]
    [InlineData("Police arrested Valmoran traders.", "---COP")]
    public void An_agent_beside_an_actor_completes_its_code(string text, string source) =>
        Assert.Equal(source, new ActorCue(text, Annotations.Empty, Actors).Codes(Whole(text), Span(text, "arrested")).Source);

    [Fact]
    public void An_agent_across_a_verb_is_not_the_actor_s() =>
        Assert.Equal(("OST", "---COP"), new ActorCue("Ostravia attacked police.", Annotations.Empty, Actors)
            .Codes(Whole("Ostravia attacked police."), Span("Ostravia attacked police.", "attacked")));

    [Theory]
    [InlineData("VALGOV", "GOV", "VALGOV")]
    [InlineData("VAL", "MIL", "VALMIL")]
    public void An_agent_code_is_added_once(string actor, string agent, string mixed) => Assert.Equal(mixed, ActorCodes.Mix(actor, agent));

    [Fact]
    public void The_shipped_Phoenix_dictionaries_load() => Assert.True(ActorDictionary.Default.Count > 10_000);

    private static TextSpan Whole(string text) => new(0, text.Length);

    private static TextSpan Span(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return new TextSpan(at, at + word.Length);
    }

    private static List<WordToken> Tokens(string text)
    {
        var tokens = new List<WordToken>();
        WordTokens.Split(text, 0, text.Length, tokens);
        return tokens;
    }
}
