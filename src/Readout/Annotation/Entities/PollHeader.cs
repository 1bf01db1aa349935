using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A poll table's header row: capitalised names only, "/" joining two into one column, perhaps after the month
/// polled ("AUGUST 1996 KVP / LSU DPV NDU Greens VLP"), above a row whose vote shares are as many as its columns
/// ("Velstat Aug 25 41.0 34.0 7.0 10.0 6.0"). Each column heads the shares of one party, so each names an
/// organisation, however short or plain its word ("Greens"). Read with the table rows, before people.
/// </summary>
internal static class PollHeader
{
    private const int MinColumns = 3;
    private const int MaxColumns = 12;

    public static void Recognize(DocumentContext doc)
    {
        foreach (var (start, end) in doc.Lines)
        {
            int first = SkipMonth(doc, start);
            int columns = Columns(doc, first, end);
            if (columns >= MinColumns && Shares(doc, end) == columns)
            {
                doc.Claim(start, first); // "JULY 1996" dates the table; it names no party
                AddColumns(doc, first, end);
            }
        }
    }

    // "AUGUST 1996" or "JULY" before the columns.
    private static int SkipMonth(DocumentContext doc, int i)
    {
        if (!SportsClub.IsMonth(doc.Word(i)))
        {
            return i;
        }

        return LineShape.IsCount(doc, i + 1, 4) && !LineShape.Closed(doc, i + 1) ? i + 2 : i + 1;
    }

    // The number of columns when every token is a capitalised name or a "/" between two; otherwise 0.
    private static int Columns(DocumentContext doc, int start, int end)
    {
        int columns = 0;
        for (int k = start; k < end; k++)
        {
            if (doc.Is(k, "/") && k > start && k + 1 < end && doc.Tokens[k + 1].IsCapitalized)
            {
                k++; // the name after the slash shares the column
                continue;
            }

            if (!doc.Tokens[k].IsCapitalized || SportsClub.IsMonth(doc.Word(k)) || ++columns > MaxColumns)
            {
                return 0;
            }
        }

        return columns;
    }

    // The next line's vote shares: the figures closing it after a name and the poll's date, or filling it (an election's
    // result); -1 when it is no poll row.
    private static int Shares(DocumentContext doc, int line)
    {
        var tokens = doc.Tokens;
        if (line >= tokens.Length)
        {
            return -1;
        }

        if (tokens[line].Shape == TokenShape.Number)
        {
            return Percentages(doc, line); // "41.5 36.4 6.9 7.3 4.4": a result's shares, without a pollster
        }

        int k = line + 1; // the row's name opens its line
        while (!LineShape.Closed(doc, k) && tokens[k].IsCapitalized && !SportsClub.IsMonth(doc.Word(k)))
        {
            k++;
        }

        if (!tokens[line].IsCapitalized || SportsClub.IsMonth(doc.Word(line)) || LineShape.Closed(doc, k) || !SportsClub.IsMonth(doc.Word(k)) || !LineShape.IsCount(doc, k + 1, 2))
        {
            return -1;
        }

        return Figures(doc, k + 2);
    }

    // The decimal shares under 100 filling the line from k ("41.5"); -1 when anything else stands among them, so a
    // header of words above a bare row of sums or counts ("Sales Profit Dividend") is left alone.
    private static int Percentages(DocumentContext doc, int line)
    {
        int shares = 0;
        for (int k = line; k == line || !LineShape.Closed(doc, k); k++)
        {
            var word = doc.Word(k);
            int dot = word.IndexOf('.');
            if (doc.Tokens[k].Shape != TokenShape.Number || dot is < 1 or > 2 || dot == word.Length - 1)
            {
                return -1;
            }

            shares++;
        }

        return shares;
    }

    // The numbers from k to the line's end; -1 when anything else stands among them.
    private static int Figures(DocumentContext doc, int k)
    {
        int shares = 0;
        for (; !LineShape.Closed(doc, k); k++)
        {
            if (doc.Tokens[k].Shape != TokenShape.Number)
            {
                return -1;
            }

            shares++;
        }

        return shares;
    }

    private static void AddColumns(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        for (int k = start; k < end; k++)
        {
            int stop = k + 1;
            while (stop + 1 < end && doc.Is(stop, "/"))
            {
                stop += 2;
            }

            if (doc.IsFree(k, stop))
            {
                string name = doc.Text[tokens[k].Start..tokens[stop - 1].End];
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(k, stop), "org:" + Names.NameFolding.Slug(name), name), k, stop);
            }

            k = stop - 1;
        }
    }
}
