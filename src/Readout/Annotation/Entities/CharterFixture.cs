using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A line of a shipping fixtures report: "Velm Star 30 24/8 Tarsk / Port Azur W145 Brisko Oil ." — the vessel, its
/// size in thousand tonnes, the loading date, the loading and discharge ports, the rate (Worldscale "W145", a lump
/// sum "$ 190,000" or "rnr") and the charterer. The columns, not the words, say what each name is: vessel and
/// charterer are organisations (a ship is named like a person), the names between date and rate are ports.
/// </summary>
internal static class CharterFixture
{
    private const int MaxNameWords = 3;

    public static void Recognize(DocumentContext doc)
    {
        foreach (var line in doc.Lines)
        {
            if (doc.Tokens[line.Start].IsCapitalized)
            {
                Line(doc, line);
            }
        }
    }

    private static void Line(DocumentContext doc, TokenLine line)
    {
        int start = line.Start;
        int vesselEnd = NameEnd(doc, start);
        int size = vesselEnd > start ? SizeLength(doc, vesselEnd) : 0;
        int date = vesselEnd + size;
        if (size == 0 || !IsDayMonth(doc, date))
        {
            return;
        }

        // The charterer closes the line (before a period), right after the last rate.
        int end = line.End;
        int chartererEnd = doc.Is(end - 1, ".") ? end - 1 : end;
        int charterer = chartererEnd;
        while (charterer > date + 3 && chartererEnd - charterer < MaxNameWords && doc.Tokens[charterer - 1].IsCapitalized
               && !doc.IsClaimed(charterer - 1) && !IsRateEnd(doc, charterer - 1))
        {
            charterer--;
        }

        if (charterer == chartererEnd || !IsRateEnd(doc, charterer - 1))
        {
            return;
        }

        AddOrganization(doc, start, vesselEnd);
        AddPorts(doc, date + 3, charterer);
        AddOrganization(doc, charterer, chartererEnd);
    }

    // Up to three capitalised words on the line, read already or not ("TBN", to be named, is an acronym's shape).
    private static int NameEnd(DocumentContext doc, int i)
    {
        int k = i;
        while (k - i < MaxNameWords && k < doc.Tokens.Length && (k == i || !doc.BreakBefore(k)) && doc.Tokens[k].IsCapitalized)
        {
            k++;
        }

        return k;
    }

    // A tonnage in thousands, "30" or "36,5" (the tokenizer splits the comma off); the tokens it takes, or 0.
    private static int SizeLength(DocumentContext doc, int k)
    {
        if (!LineShape.IsCount(doc, k, 3))
        {
            return 0;
        }

        return doc.Is(k + 1, ",") && Adjacent(doc, k + 1) && LineShape.IsCount(doc, k + 2, 2) && Adjacent(doc, k + 2) ? 3 : 1;
    }

    // "24/8", "03/09": three tokens written together.
    private static bool IsDayMonth(DocumentContext doc, int k)
        => LineShape.IsCount(doc, k, 2) && doc.Is(k + 1, "/") && Adjacent(doc, k + 1) && LineShape.IsCount(doc, k + 2, 2) && Adjacent(doc, k + 2);

    // Token k written right after the one before it, with no space.
    private static bool Adjacent(DocumentContext doc, int k) => k < doc.Tokens.Length && doc.Tokens[k].Start == doc.Tokens[k - 1].End;

    // The last token of a rate: "W145", "W167.5", "rnr", or the sum after "$" ("$ 190,000", split at its comma).
    private static bool IsRateEnd(DocumentContext doc, int k)
    {
        var word = doc.Word(k);
        if (IsWorldscale(word) || word is "rnr")
        {
            return true;
        }

        while (k >= 2 && LineShape.IsCount(doc, k, 3) && doc.Is(k - 1, ",") && Adjacent(doc, k) && Adjacent(doc, k - 1))
        {
            k -= 2; // "190 , 000" back to "190"
        }

        return LineShape.IsCount(doc, k, 3) && doc.Is(k - 1, "$");
    }

    private static bool IsWorldscale(ReadOnlySpan<char> word) => word.Length > 1 && word[0] == 'W' && char.IsAsciiDigit(word[1]);

    // The capitalised runs between the loading date and the rate not already read as places: ports ("Caribs", "USAC").
    private static void AddPorts(DocumentContext doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!doc.Tokens[k].IsCapitalized || doc.IsClaimed(k) || IsWorldscale(doc.Word(k)))
            {
                continue;
            }

            int end = k + 1;
            while (end < to && doc.Tokens[end].IsCapitalized && !doc.IsClaimed(end) && !IsWorldscale(doc.Word(end)))
            {
                end++;
            }

            if (doc.MatchPlace(k, out _) != end - k)
            {
                string name = doc.Text[doc.Tokens[k].Start..doc.Tokens[end - 1].End];
                doc.Add(new MentionDraft(MentionKind.Place, doc.SpanOf(k, end), "place:" + NameFolding.Slug(name), name), k, end);
            }

            k = end - 1;
        }
    }

    private static void AddOrganization(DocumentContext doc, int start, int end)
    {
        if (!doc.IsFree(start, end))
        {
            return;
        }

        string name = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), "org:" + NameFolding.Slug(name), name), start, end);
    }
}
