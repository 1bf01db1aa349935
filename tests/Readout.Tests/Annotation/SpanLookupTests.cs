using Readout.Annotation;
using Readout.Annotation.Entities;
using Readout.Annotation.Names;

namespace Readout.Tests.Annotation;

/// <summary>
/// The allocation-free forms of the per-token questions answer as the string forms do: folding into a buffer, role
/// words from one lookup, line breaks recorded on the tokens. Names are invented.
/// </summary>
public sealed class SpanLookupTests
{
    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("Yevgeniy")]
    [InlineData("Aleksandr")]
    [InlineData("Valkoff")]
    [InlineData("Tchakhovsky")]
    [InlineData("Brezhnyew")]
    [InlineData("Müller-Schmidt")]
    [InlineData("O'Dzhabbar")]
    [InlineData("Ii")]
    public void Folding_into_a_buffer_gives_the_folded_string(string name)
    {
        Span<char> buffer = stackalloc char[name.Length + 1];
        Assert.Equal(NameFolding.FoldToken(name), NameFolding.Fold(name, buffer).ToString());
        Assert.Equal(NameFolding.FoldGivenName(name), NameFolding.FoldGivenName(name, buffer).ToString());
    }

    [Fact]
    public void A_hypocoristic_folds_to_its_full_name_in_both_forms()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.Equal(NameFolding.FoldToken("Joseph"), NameFolding.FoldGivenName("Joe", buffer).ToString());
    }

    [Theory]
    [InlineData("Minister", true, false)]
    [InlineData("ministers", true, true)]
    [InlineData("Secretaries", true, true)]
    [InlineData("deputies", false, false)]
    [InlineData("Deputy", false, false)]
    [InlineData("harbour", false, false)]
    public void Role_heads_and_their_plurals(string word, bool head, bool plural)
    {
        Assert.Equal(head, RoleLexicon.Shared.IsHead(word, out bool isPlural));
        Assert.Equal(plural, isPlural);
    }

    [Theory]
    [InlineData("Deputy", true)]
    [InlineData("Presidents", true)]
    [InlineData("Affairs", false)]
    [InlineData("ferry", false)]
    public void Role_words_are_heads_or_modifiers(string word, bool roleWord) => Assert.Equal(roleWord, RoleLexicon.Shared.IsRoleWord(word));

    [Fact]
    public void A_line_break_before_a_token_is_known_whatever_lies_between()
    {
        var doc = new DocumentContext("Tarsk Harbour\nMinister Valkov’s\r\noffice said ( Velmora ) \n, so");
        string[] words = ["Tarsk", "Harbour", "Minister", "Valkov", "office", "said", "(", "Velmora", ")", ",", "so"];
        bool[] breaks = [false, false, true, false, true, false, false, false, false, true, false];
        Assert.Equal(words, Enumerable.Range(0, doc.Tokens.Length).Select(i => doc.Word(i).ToString()));
        Assert.Equal(breaks, Enumerable.Range(0, doc.Tokens.Length).Select(doc.BreakBefore));
    }
}
