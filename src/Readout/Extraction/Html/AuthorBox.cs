using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>
/// An "about the author" box closing or interrupting the article, marked only by its label ("AUTOR", "About the
/// author", "Zur Person") as its first line, with a name and a short biography below: page furniture, not the story.
/// </summary>
public static class AuthorBox
{
    /// <summary>A biography box is a few sentences; a longer block opening with such a word is article text.</summary>
    private const int MaxBoxText = 700;

    private static readonly string[] Labels =
    [
        "autor", "autorin", "autoren", "über den autor", "über die autorin", "über die autoren", "zur person", "author", "the author",
        "about the author", "about the authors", "l'auteur", "l’auteur", "à propos de l'auteur", "à propos de l’auteur", "sobre el autor",
        "sobre la autora", "sobre o autor", "l'autore", "l’autore", "over de auteur",
    ];

    /// <summary>True when <paramref name="e"/> is a short block whose first child is an author label alone.</summary>
    public static bool Is(IElement e)
    {
        if (e.LocalName is not ("div" or "section" or "aside") || e.FirstElementChild is not { } first || first.ChildElementCount > 1 || first.FirstElementChild?.ChildElementCount > 0)
        {
            return false;
        }

        var label = first.TextContent.AsSpan().Trim().TrimEnd(':').TrimEnd();
        if (label.Length is 0 or > 25 || !IsLabel(label))
        {
            return false;
        }

        var total = HtmlContentScorer.CountNonSpace(e.TextContent);
        return total <= MaxBoxText && total > label.Length + 20;
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        foreach (var candidate in Labels)
        {
            if (label.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
