using System.Globalization;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A dateline on its own line: "STANSTED , England 1996-08-27", "NOVYE ATAGI , Russia 1996-08-22",
/// "PHOENIX 1996-08-22". The all-caps words opening it name the place the report was filed from, whether or
/// not the gazetteer knows it, and a state or region after the comma that the gazetteer lacks ("Calif.") is a
/// place too. Runs before organisations and people, so a town named like a club or a surname stays the place.
/// </summary>
internal static class DatelinePlace
{
    private const int MaxWords = 4;

    public static void Recognize(DocumentContext doc)
    {
        foreach (var line in doc.Lines)
        {
            if (doc.Tokens[line.Start].Shape == TokenShape.AllCaps && !doc.IsClaimed(line.Start))
            {
                TryAt(doc, line);
            }
        }
    }

    private static void TryAt(DocumentContext doc, TokenLine line)
    {
        var tokens = doc.Tokens;
        int start = line.Start, end = start;
        while (end < line.End && end - start < MaxWords && tokens[end].Shape == TokenShape.AllCaps)
        {
            end++;
        }

        if (IsDate(doc, end))
        {
            AddTown(doc, start, end, null);
            return;
        }

        if (!doc.Is(end, ",") || doc.BreakBefore(end))
        {
            return;
        }

        // The region: capitalised words and abbreviations ("Calif.", "N.J.", "New York", "West Bank") up to the date.
        int regionStart = end + 1, k = regionStart;
        while (k < line.End && k - regionStart < MaxWords && (tokens[k].IsCapitalized || doc.Is(k, ".")))
        {
            k++;
        }

        if (k == regionStart || !IsDate(doc, k))
        {
            return;
        }

        int known = doc.MatchPlace(regionStart, out var region);
        AddTown(doc, start, end, known > 0 ? region : null);
        if (known == 0 && tokens[regionStart].Shape == TokenShape.Capitalized)
        {
            int regionEnd = doc.Is(k - 1, ".") ? k - 1 : k;
            var span = doc.SpanOf(regionStart, regionEnd);
            string name = span.Slice(doc.Text);
            doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name), regionStart, regionEnd);
        }
    }

    private static void AddTown(DocumentContext doc, int start, int end, PlaceEntry? region)
    {
        if (end == start || !doc.IsFree(start, end))
        {
            return;
        }

        var span = doc.SpanOf(start, end);
        if (doc.MatchPlace(start, out var entry) == end - start)
        {
            doc.Add(new MentionDraft(MentionKind.Place, span, entry.CityKey, entry.City ?? entry.Country) { Country = entry.Country.Length > 0 ? entry.Country : null }, start, end);
            return;
        }

        string name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(span.Slice(doc.Text).ToLowerInvariant());
        string? country = region is { Form: PlaceForm.Country } ? region.Country : null;
        doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name) { Country = country }, start, end);
    }

    // "1996-08-27": a wire date closing the dateline.
    private static bool IsDate(DocumentContext doc, int k)
    {
        if (k >= doc.Tokens.Length || doc.Tokens[k].Shape != TokenShape.Number || doc.BreakBefore(k))
        {
            return false;
        }

        var w = doc.Word(k);
        return w.Length == 10 && w[4] == '-' && w[7] == '-' && !w.ContainsAnyExcept("0123456789-");
    }
}
