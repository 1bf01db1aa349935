using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// A scorers line under a match result: "Gloria Tarsk - Anna Varnel ( 24th ) , Tom Brask ( 61st )". The name
/// before the dash is the side whose goals the bracketed minutes list, so it is a club however it reads (a town, a
/// person's name: "Red Kestrel"); a country there stays the national side, a place. Read before people.
/// </summary>
internal static class ScorerLine
{
    private const int MaxSideWords = 4;
    private const int MaxScorerWords = 4;

    public static void Recognize(DocumentContext doc)
    {
        var lines = doc.Lines;
        for (int n = 0; n < lines.Count; n++)
        {
            if (doc.Tokens[lines[n].Start].IsCapitalized)
            {
                Line(doc, lines, n);
            }
        }
    }

    private static void Line(DocumentContext doc, DocumentLines lines, int n)
    {
        int start = lines[n].Start;
        int dash = SideEnd(doc, start);
        if (dash < 0 || !doc.IsFree(start, dash) || ResultLines.IsNational(doc, start, dash) || NationalOpponent(doc, lines, n))
        {
            return;
        }

        SportsClub.Add(doc, start, dash);
    }

    // The dash after the side opening a scorers line, or -1 when the line has no such shape.
    private static int SideEnd(DocumentContext doc, int start)
    {
        int dash = start;
        while (dash - start < MaxSideWords && !LineShape.Closed(doc, dash + 1) && doc.Tokens[dash].IsCapitalized)
        {
            dash++;
        }

        if (dash == start || !doc.Is(dash, "-") || LineShape.Closed(doc, dash + 1) || !doc.Tokens[dash + 1].IsCapitalized)
        {
            return -1;
        }

        int open = dash + 1;
        while (open - dash <= MaxScorerWords && !LineShape.Closed(doc, open) && doc.Tokens[open].IsCapitalized)
        {
            open++;
        }

        return doc.Is(open, "(") && !LineShape.Closed(doc, open) && IsMinute(doc, open + 1) ? dash : -1;
    }

    // The other side's scorers on the line before or after are a country's: an international, so this side is one too
    // even where the gazetteer lacks it ("Faroe Islands").
    private static bool NationalOpponent(DocumentContext doc, DocumentLines lines, int n)
        => n + 1 < lines.Count && IsNationalSide(doc, lines[n + 1].Start) || n > 0 && IsNationalSide(doc, lines[n - 1].Start);

    private static bool IsNationalSide(DocumentContext doc, int line)
        => SideEnd(doc, line) is > 0 and var dash && ResultLines.IsNational(doc, line, dash);

    // "24th", "90th": the minute a goal was scored.
    private static bool IsMinute(DocumentContext doc, int k)
    {
        if (LineShape.Closed(doc, k))
        {
            return false;
        }

        var word = doc.Word(k);
        return word.Length is >= 3 and <= 5 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th";
    }
}
