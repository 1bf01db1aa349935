using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A share-price table row: an all-caps name opening its line, then only figures to the line's end, two of them
/// with decimals ("VELCOR HOLDING 335.00 375.00 533153 198354.941"). Such a table lists companies; a place heading
/// one is a market's index ("TARSK 2,292.9 +18.3") and stays a place. Read before people, so no listing is taken
/// for a person's name. A poll table's row is read alike: a name, the poll's date, then only shares of the vote
/// ("Velstat Aug 25 41.0 34.0 7.0") — the name is the polling institute.
/// </summary>
internal static class PriceRow
{
    private const int MaxWords = 4;

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!LineShape.Opens(doc, i) || !tokens[i].IsCapitalized)
            {
                continue;
            }

            if (tokens[i].Shape != TokenShape.AllCaps)
            {
                i = PollRow(doc, i);
                continue;
            }

            int end = i;
            while (end < tokens.Length && end - i < MaxWords && tokens[end].Shape == TokenShape.AllCaps && (end == i || !doc.BreakBefore(end)))
            {
                end++;
            }

            if (Prices(doc, end) && doc.IsFree(i, end) && doc.MatchPlace(i, out _) == 0 && !SportsClub.IsNotClub(doc.Word(i)))
            {
                string name = doc.Text[tokens[i].Start..tokens[end - 1].End];
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + Names.NameFolding.Slug(name), name), i, end);
            }

            i = end - 1;
        }
    }

    // "Velstat Aug 25 41.0 34.0 7.0 10.0": returns the last token of the name read, or the line's first.
    private static int PollRow(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        int end = i;
        while (end - i < 3 && end < tokens.Length && (end == i || !doc.BreakBefore(end)) && tokens[end].IsCapitalized && !SportsClub.IsMonth(doc.Word(end)))
        {
            end++;
        }

        int after = end > i && !LineShape.Closed(doc, end) && SportsClub.IsMonth(doc.Word(end)) ? end + 1 : -1;
        if (after > 0 && LineShape.IsCount(doc, after, 2) && !LineShape.Closed(doc, after))
        {
            after++;
        }

        if (after < 0 || !Prices(doc, after) || !doc.IsFree(i, end) || doc.MatchPlace(i, out _) > 0 || SportsClub.IsNotClub(doc.Word(i)))
        {
            return i;
        }

        string name = doc.Text[tokens[i].Start..tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + Names.NameFolding.Slug(name), name), i, end);
        return end - 1;
    }

    // Three or more figures from here to the line's end, two with a decimal point.
    private static bool Prices(DocumentContext doc, int from)
    {
        int figures = 0, decimals = 0, k = from;
        for (; !LineShape.Closed(doc, k); k++)
        {
            if (doc.Tokens[k].Shape != TokenShape.Number)
            {
                return false;
            }

            figures++;
            decimals += doc.Word(k).Contains('.') ? 1 : 0;
        }

        return figures >= 3 && decimals >= 2;
    }
}
