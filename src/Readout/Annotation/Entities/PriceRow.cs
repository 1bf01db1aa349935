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
        foreach (var line in doc.Lines)
        {
            int i = line.Start;
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }

            if (tokens[i].Shape != TokenShape.AllCaps)
            {
                PollRow(doc, line);
                continue;
            }

            int end = i;
            while (end < line.End && end - i < MaxWords && tokens[end].Shape == TokenShape.AllCaps)
            {
                end++;
            }

            if (Prices(doc, end) && doc.IsFree(i, end) && doc.MatchPlace(i, out _) == 0 && !SportsClub.IsNotClub(doc.Word(i)))
            {
                string name = doc.Text[tokens[i].Start..tokens[end - 1].End];
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + Names.NameFolding.Slug(name), name), i, end);
            }
        }
    }

    // "Velstat Aug 25 41.0 34.0 7.0 10.0": the polling institute opening the line.
    private static void PollRow(DocumentContext doc, TokenLine line)
    {
        var tokens = doc.Tokens;
        int i = line.Start, end = i;
        while (end - i < 3 && end < line.End && tokens[end].IsCapitalized && !SportsClub.IsMonth(doc.Word(end)))
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
            return;
        }

        string name = doc.Text[tokens[i].Start..tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + Names.NameFolding.Slug(name), name), i, end);
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
