using Readout.Events;

namespace Readout.Tests.Events;

/// <summary>The verb dictionary reader and the token matcher, on a small invented dictionary in PETRARCH-2's format.</summary>
public sealed class CameoVerbDictionaryTests
{
    private const string Dictionary = """
        # an invented dictionary in the CAMEO.2.0 format
        &BOAT
        +TRAWLER
        +FISHING_BOAT

        ####### VERB PATTERNS #######
        ---  SEIZE   [171]  ---
        SEIZE
        GRAB {GRABS GRABBED GRABBING }
        IMPOUND [1711]
        - * &BOAT                                          [1712]        # SEIZE
        - * (OF {FISHING RIGHTS})                          [0231]        # SEIZE
        - * OPPORTUNITY                                    [---]         # SEIZE

        ---  CHIDE   [---]  ---
        CHIDE
        - * (FOR DELAY)                                    [111]         # CHIDE

        ---  TALK   [---]  ---
        +TALK_TOUGH [130]

        ---  SAY   [010]  ---
        SAY {SAYS SAID SAYING}
        """;

    private static CameoVerbDictionary Parse() => CameoVerbDictionary.Parse(new StringReader(Dictionary));

    private static string? Code(string sentence) =>
        CameoVerbMatcher.Find(sentence, 0, sentence.Length, Parse()).OrderBy(h => h.Rank).ThenBy(h => h.Start).Select(h => h.Code).FirstOrDefault();

    [Theory]
    [InlineData("Ostravian guards seized two barrels of oil.", "171")] // the block's default
    [InlineData("Ostravian guards impounded two barrels of oil.", "1711")] // the verb's own code, regular past
    [InlineData("Ostravian guards grabbed two barrels of oil.", "171")] // an irregular form from braces
    [InlineData("Ostravian guards seized the old Belmarian trawler.", "1712")] // a synonym-set word, with words between
    [InlineData("Ostravian guards seized two fishing boats.", "1712")] // a multi-word synonym, in the plural
    [InlineData("Belmaria chided Ostravia for the delay.", "111")] // a verb that codes only with its pattern
    [InlineData("The minister talked tough on Monday.", "130")] // a multi-word verb
    public void A_verb_is_coded_by_its_best_pattern_or_default(string sentence, string code) => Assert.Equal(code, Code(sentence));

    [Theory]
    [InlineData("Belmaria seized the opportunity to speak.")] // a pattern coded [---] is no event
    [InlineData("Belmaria chided Ostravia on Monday.")] // no pattern and no default
    [InlineData("The seize order was lifted.")] // after "the" the word is a noun
    [InlineData("Minister Grab arrived on Monday.")] // a capitalised word inside the sentence is a name
    public void Some_verb_readings_are_no_event(string sentence) => Assert.Null(Code(sentence));

    [Fact]
    public void Compound_words_must_be_adjacent() => Assert.Equal("171", Code("Guards seized the boats of fishing and their rights."));

    [Fact]
    public void Reported_speech_is_coded_on_the_reported_verb() =>
        Assert.Equal("1712", Code("A spokesman said on Monday that the guards seized a trawler."));

    [Fact]
    public void A_main_clause_verb_goes_before_one_in_a_subordinate_clause() =>
        Assert.Equal("111", Code("After guards seized a trawler, Belmaria chided Ostravia for the delay."));

    [Fact]
    public void The_shipped_dictionary_loads() => Assert.True(CameoVerbDictionary.Default.FormCount > 5000);

    [Theory]
    [InlineData("sanctions", "sanction", true)]
    [InlineData("allies", "ally", true)]
    [InlineData("Sanction", "sanction", true)]
    [InlineData("sanctioned", "sanction", false)]
    [InlineData("sanct", "sanction", false)]
    public void Dictionary_words_match_their_plurals(string token, string word, bool matches) =>
        Assert.Equal(matches, CameoVerbMatcher.Matches(token, word));
}
