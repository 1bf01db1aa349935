namespace Readout.Extraction.Text;

/// <summary>
/// Picks the article as the contiguous run of lines with the most prose. Chrome, dates and teaser
/// lines break a run; short lines (subheadings) may sit inside one, but a run of several short
/// lines is a link list and breaks it too.
/// </summary>
public static class MainBlockFinder
{
    /// <summary>This many short lines in a row read as a menu or link list, not subheadings.</summary>
    private const int MaxShortRun = 2;

    /// <summary>Returns [first, last] line indexes of the best block, or null when no line is prose.</summary>
    public static (int First, int Last)? Find(IReadOnlyList<TextLine> lines, bool[] teaser)
    {
        (int First, int Last)? best = null;
        var bestScore = 0;
        var first = -1;
        var last = -1;
        var score = 0;
        var shortRun = 0;

        void Close()
        {
            if (first >= 0 && score > bestScore)
            {
                best = (first, last);
                bestScore = score;
            }

            first = last = -1;
            score = shortRun = 0;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (teaser[i])
            {
                Close();
                continue;
            }

            switch (line.Kind)
            {
                case LineKind.Blank:
                    break;
                case LineKind.Paragraph:
                    first = first < 0 ? i : first;
                    last = i;
                    score += line.Text.Length;
                    shortRun = 0;
                    break;
                case LineKind.Short:
                    if (first >= 0 && ++shortRun > MaxShortRun)
                    {
                        Close();
                    }

                    break;
                default:
                    Close();
                    break;
            }
        }

        Close();
        return best ?? LongestLine(lines, teaser);
    }

    // A brief with one unpunctuated paragraph (a wire flash, a quote ending in '') has no prose by the line
    // rules; its longest wordy line is still the article rather than nothing.
    private static (int, int)? LongestLine(IReadOnlyList<TextLine> lines, bool[] teaser)
    {
        var best = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!teaser[i] && line.Kind == LineKind.Short && line.Text.Length >= 80 && line.Text.Count(c => c == ' ') >= 10
                && (best < 0 || line.Text.Length > lines[best].Text.Length))
            {
                best = i;
            }
        }

        return best < 0 ? null : (best, best);
    }
}
