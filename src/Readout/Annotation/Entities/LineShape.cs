using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// The shape of one line of a table or list, read from its tokens and characters without copying: whether a token
/// opens or is past its line (<see cref="DocumentLines"/> holds where each line starts and ends), and whether its
/// figures are prices or quantities ("12,700-12,950", "3,250,000") rather than the short counts of a results line.
/// Tables are where a name's reading comes from its column, not its words.
/// </summary>
internal static class LineShape
{
    /// <summary>
    /// True when the line holding token <paramref name="index"/> writes a figure with a thousands separator
    /// ("12,700", "$ 190,000"): market prices, volumes and sums, never a match score or a table's counts.
    /// </summary>
    public static bool HasGroupedFigure(DocumentContext doc, int index)
    {
        var tokens = doc.Tokens;
        var (start, end) = doc.Lines.Holding(index);
        var line = doc.Text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        for (int c = line.IndexOf(','); c > 0 && c + 3 < line.Length; c = NextComma(line, c))
        {
            if (char.IsAsciiDigit(line[c - 1]) && char.IsAsciiDigit(line[c + 1]) && char.IsAsciiDigit(line[c + 2]) && char.IsAsciiDigit(line[c + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextComma(ReadOnlySpan<char> line, int c)
    {
        int next = line[(c + 1)..].IndexOf(',');
        return next < 0 ? -1 : c + 1 + next;
    }

    /// <summary>True when token <paramref name="index"/> opens its line.</summary>
    public static bool Opens(DocumentContext doc, int index) => index == 0 || doc.BreakBefore(index);

    /// <summary>True when token <paramref name="index"/> is past the end of its line (or of the text).</summary>
    public static bool Closed(DocumentContext doc, int index) => index >= doc.Tokens.Length || doc.BreakBefore(index);

    /// <summary>True when token <paramref name="index"/> is a number of digits only, at most <paramref name="maxDigits"/> long.</summary>
    public static bool IsCount(DocumentContext doc, int index, int maxDigits)
    {
        if (index >= doc.Tokens.Length || doc.Tokens[index].Shape != TokenShape.Number || doc.Tokens[index].Length > maxDigits)
        {
            return false;
        }

        foreach (char c in doc.Word(index))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
