using Readout.Storage;

namespace Readout.Tests.Storage;

/// <summary>Snippets are cut from the stored text around the query words, which are marked as the index matched them.</summary>
public sealed class SearchSnippetTests
{
    private const char O = SearchMarkers.Open;
    private const char C = SearchMarkers.Close;

    [Fact]
    public void Words_are_matched_whole_without_case_or_diacritics()
    {
        var snippet = SearchSnippet.Make("Minister Věra Holm met the MINISTERS of Ostravia.", SearchTerm.Parse("vera minister"));

        Assert.Equal($"{O}Minister{C} {O}Věra{C} Holm met the MINISTERS of Ostravia.", snippet);
    }

    [Fact]
    public void A_trailing_star_matches_a_prefix()
    {
        var snippet = SearchSnippet.Make("Ministers of Ostravia met.", SearchTerm.Parse("minist*"));

        Assert.Equal($"{O}Ministers{C} of Ostravia met.", snippet);
    }

    [Fact]
    public void The_window_holding_the_most_query_words_is_shown()
    {
        var filler = string.Join(' ', Enumerable.Repeat("grain", 40));
        var text = $"The harbour opened. {filler} The harbour tolls of Velsk rose. {filler}";

        var snippet = SearchSnippet.Make(text, SearchTerm.Parse("harbour tolls"))!;

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains($"{O}harbour{C} {O}tolls{C} of Velsk", snippet);
        Assert.Equal(SearchSnippet.Words, snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void No_snippet_when_no_word_matches()
    {
        Assert.Null(SearchSnippet.Make("Grain prices rose in Velsk.", SearchTerm.Parse("harbour")));
        Assert.Empty(SearchTerm.Parse("  \"*  "));
    }
}
