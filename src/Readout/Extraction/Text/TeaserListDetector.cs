namespace Readout.Extraction.Text;

/// <summary>
/// Finds "latest news"-style teaser lists: dated headlines ("16.09.2021 - Title" with the teaser
/// paragraph under it) and alternating headline/date lines ("Title" / "21.Oct.2025"). Their own
/// dates must never be read as the page's date, and their paragraphs are not the article.
/// </summary>
public static class TeaserListDetector
{
    /// <summary>How far (in lines) the next date of an alternating list may be.</summary>
    private const int AlternationWindow = 4;

    /// <summary>Returns a flag per line: true for lines that belong to a teaser list.</summary>
    public static bool[] Mark(IReadOnlyList<TextLine> lines)
    {
        var teaser = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            switch (lines[i].Kind)
            {
                case LineKind.DatedHeadline:
                    teaser[i] = true;
                    MarkTeaserParagraph(lines, teaser, i + 1);
                    break;
                case LineKind.DateOnly when IsAlternating(lines, i):
                    teaser[i] = true;
                    var previous = PreviousNonBlank(lines, i);
                    if (previous >= 0 && lines[previous].Kind is LineKind.Short or LineKind.Paragraph)
                    {
                        teaser[previous] = true;
                    }

                    break;
            }
        }

        return teaser;
    }

    /// <summary>The one paragraph (run of non-blank lines) under a dated headline is its teaser text.</summary>
    private static void MarkTeaserParagraph(IReadOnlyList<TextLine> lines, bool[] teaser, int from)
    {
        var i = from;
        while (i < lines.Count && lines[i].Kind == LineKind.Blank)
        {
            i++;
        }

        for (; i < lines.Count && lines[i].Kind is LineKind.Paragraph or LineKind.Short; i++)
        {
            teaser[i] = true;
        }
    }

    /// <summary>A date line that sits under a headline, with another headline+date pair nearby.</summary>
    private static bool IsAlternating(IReadOnlyList<TextLine> lines, int index)
    {
        var previous = PreviousNonBlank(lines, index);
        if (previous < 0 || lines[previous].Kind is not (LineKind.Short or LineKind.Paragraph))
        {
            return false;
        }

        for (var d = 2; d <= AlternationWindow; d++)
        {
            if (index + d < lines.Count && lines[index + d].Kind == LineKind.DateOnly)
            {
                return true;
            }

            if (index - d >= 0 && lines[index - d].Kind == LineKind.DateOnly && index - d > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int PreviousNonBlank(IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (lines[i].Kind != LineKind.Blank)
            {
                return i;
            }
        }

        return -1;
    }
}
