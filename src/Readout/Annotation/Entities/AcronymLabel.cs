using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// All-caps words that label a value rather than name a body: a form's or table's field ("AMT : 3,250,000",
/// "CALL A 96.00", a line that is only "ANNEX I"), a standard or grade with its number ("ISO 9002"), and the
/// words of a shouted headline ("RECORD IN 10 DAYS ."), where capitals say nothing about a word.
/// </summary>
internal static class AcronymLabel
{
    public static bool IsOne(DocumentContext doc, int i)
    {
        int next = i + 1;
        if (LineShape.Opens(doc, i) && (LineShape.Closed(doc, next) || doc.Is(next, ":") || Amount(doc, next) || Letter(doc, next)))
        {
            return true; // "AMT :", "AMT C$ 100", "CALL A 96.00", "ANNEX"
        }

        // A table's row opens with its name and figures ("KPN 52 48"): a count marks a grade only within a line.
        return !LineShape.Opens(doc, i) && Numbered(doc, next) || Shouted(doc, i);
    }

    // "ISO 9002", "VMIG 1": a plain count right after names a grade or standard; a score ("4-1") or a table's
    // price ("AHOLD 7,190") is not one.
    private static bool Numbered(DocumentContext doc, int k)
        => !LineShape.Closed(doc, k) && LineShape.IsCount(doc, k, 4) && !Grouped(doc, k);

    // "7,190" is tokenized "7" "," "190": a separator touching the count makes it part of a larger figure.
    private static bool Grouped(DocumentContext doc, int k)
    {
        int after = doc.Tokens[k].End;
        return after < doc.Text.Length && doc.Text[after] is ',' or '.';
    }

    // "AMT C$ 100", "AMT $ 300": a sum's currency sign.
    private static bool Amount(DocumentContext doc, int k)
        => !LineShape.Closed(doc, k) && doc.Word(k) is [.., '$'] or "£" or "€";

    // "CALL A 96.00", "ANNEX I": a one-letter or Roman-numeral series mark.
    private static bool Letter(DocumentContext doc, int k)
        => !LineShape.Closed(doc, k) && doc.Word(k) is { Length: 1 } w && char.IsAsciiLetterUpper(w[0]) || doc.Is(k, "II") || doc.Is(k, "III");

    // A line with no lower-case word and several capitalised ones is a headline or a table heading; a bracketed
    // "( EEC )" still spells a body out.
    private static bool Shouted(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        if (i > 0 && doc.Is(i - 1, "(") && doc.Is(i + 1, ")"))
        {
            return false;
        }

        var (start, end) = doc.Lines.Holding(i);
        int caps = 0;
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Shape == TokenShape.Lower)
            {
                return false;
            }

            caps += tokens[k].Shape == TokenShape.AllCaps && tokens[k].Length > 1 ? 1 : 0;
        }

        return caps >= 3;
    }
}
