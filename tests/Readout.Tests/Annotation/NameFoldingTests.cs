using Readout.Annotation.Names;

namespace Readout.Tests.Annotation;

/// <summary>Transliteration variants of one name fold to one key; different people stay apart.</summary>
public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Sergey", "Sergei")]
    [InlineData("Alexey", "Alexei")]
    [InlineData("Alexey", "Aleksei")]
    [InlineData("Aleksey", "Alexei")]
    [InlineData("Navalny", "Navalnyy")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("Yury", "Yuri")]
    [InlineData("Valkov", "Valkoff")]
    [InlineData("Valkov", "Valkow")]
    [InlineData("Dmitry", "Dmitri")]
    [InlineData("Dmitry", "Dmitriy")]
    [InlineData("Antony", "Anthony")]
    [InlineData("Aleksandr", "Alexander")]
    [InlineData("Yevgeny", "Evgeny")]
    [InlineData("Ostrovskiy", "Ostrovsky")]
    public void Spelling_variants_fold_to_the_same_form(string a, string b)
        => Assert.Equal(NameFolding.FoldToken(a), NameFolding.FoldToken(b));

    [Theory]
    [InlineData("Joe", "Joseph")]
    [InlineData("Mike", "Michael")]
    [InlineData("Tony", "Antony")]
    [InlineData("Tony", "Anthony")]
    public void Hypocoristics_fold_to_the_full_given_name(string shortForm, string fullForm)
        => Assert.Equal(NameFolding.FoldGivenName(fullForm), NameFolding.FoldGivenName(shortForm));

    [Fact]
    public void Person_keys_keep_given_name_and_surname()
    {
        Assert.Equal("person:dmitry-valkov", NameFolding.PersonKey("Dmitri", "Valkoff"));
        Assert.NotEqual(NameFolding.PersonKey("Joe", "Marden"), NameFolding.PersonKey("Hunter", "Marden"));
        Assert.Equal(NameFolding.PersonKey("Joe", "Marden"), NameFolding.PersonKey("Joseph", "Marden"));
    }

    [Fact]
    public void Keys_are_stable_across_documents()
    {
        var first = Fixture.Annotate("Foreign Minister Dmitri Valkov arrived in Ostravia.");
        var second = Fixture.Annotate("Ostravian Foreign Minister Dmitriy Valkoff left on Monday.");
        Assert.Equal(first.Person("Valkov").Key, second.Person("Valkoff").Key);
    }
}
