using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A narrow results column wraps a bracketed country across two lines: "Ivo Dask ( Kessel" then "Islands ) 6-3 6-4".
/// No gazetteer phrase crosses a line break, so the first word alone reads as a demonym or a club and the second as
/// nothing. When the word closing a line after "(" and the words opening the next one up to ")" spell a country
/// together, each line's part is that country. Runs with the result lines, before demonyms and clubs are read.
/// </summary>
internal static class SplitCountry
{
    private const int MaxTail = 2;
    private const int MaxChars = 64;

    public static void Recognize(DocumentContext doc)
    {
        var lines = doc.Lines;
        for (int n = 0; n + 1 < lines.Count; n++)
        {
            // A capitalised word closing its line right after "(", and a next line holding its tail.
            var (start, end) = lines[n];
            int head = end - 1;
            if (head > start && end + 1 < doc.Tokens.Length && doc.Tokens[head].IsCapitalized && doc.Is(head - 1, "("))
            {
                Join(doc, head, lines[n + 1].End);
            }
        }
    }

    // The tail: up to MaxTail capitalised words opening the next line (ending at tailEnd), then ")".
    private static void Join(DocumentContext doc, int head, int tailEnd)
    {
        var tokens = doc.Tokens;
        int close = head + 1;
        while (close < tailEnd && close - head - 1 < MaxTail && tokens[close].IsCapitalized)
        {
            close++;
        }

        if (close == head + 1 || close >= tailEnd || !doc.Is(close, ")") || !doc.IsFree(head, close))
        {
            return;
        }

        var first = doc.Word(head);
        var rest = doc.Text.AsSpan(tokens[head + 1].Start, tokens[close - 1].End - tokens[head + 1].Start);
        if (first.Length + 1 + rest.Length > MaxChars)
        {
            return;
        }

        Span<char> phrase = stackalloc char[MaxChars];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        rest.CopyTo(phrase[(first.Length + 1)..]);
        if (!doc.TryGetPlace(phrase[..(first.Length + 1 + rest.Length)], out var entry) || entry.Form != PlaceForm.Country)
        {
            return;
        }

        Add(doc, entry, head, head + 1);
        Add(doc, entry, head + 1, close);
    }

    private static void Add(DocumentContext doc, PlaceEntry entry, int start, int end)
        => doc.Add(new MentionDraft(MentionKind.Place, doc.SpanOf(start, end), entry.CountryKey, entry.Country) { Country = entry.Country }, start, end);
}
