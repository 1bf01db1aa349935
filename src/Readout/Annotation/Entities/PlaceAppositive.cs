using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A name the gazetteer lacks is a place when what follows it can only locate a place: its state or country in
/// commas ("from Tarvick , Ostravia ,"), an apposition naming a kind of settlement ("Merlow , a small town"), or a
/// capitalised geographic head ("the Palk Strait", "the Norvel Islands"). Runs after people and the gazetteer, over
/// one to three unclaimed capitalised words not continuing a longer name.
/// </summary>
internal static class PlaceAppositive
{
    private const int MaxWords = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SettlementLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "town", "village", "city", "port", "resort", "suburb", "settlement", "hamlet", "community", "township", "municipality",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Capitalised heads that close a geographic name (CoNLL and gazetteers alike tag "Channel Islands" a place).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GeoHeadLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "Strait", "Straits", "Island", "Islands", "Peninsula", "Sea", "Gulf", "Bay", "Mountains", "Freeport",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether token k is a capitalised geographic head ("Strait", "Islands").</summary>
    public static bool IsGeoHead(DocumentContext doc, int k)
        => k < doc.Tokens.Length && doc.Tokens[k].Shape == TokenShape.Capitalized && GeoHeadLookup.Contains(doc.Word(k));

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Shape != TokenShape.Capitalized || doc.IsClaimed(i)
                || i > 0 && tokens[i - 1].IsCapitalized && !doc.BreakBefore(i) && !tokens[i - 1].SentenceStart)
            {
                continue;
            }

            int end = i;
            while (end < tokens.Length && end - i < MaxWords && tokens[end].Shape == TokenShape.Capitalized && !doc.IsClaimed(end)
                   && (end == i || !doc.BreakBefore(end)))
            {
                end++;
            }

            if (end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end) && !doc.IsClaimed(end))
            {
                i = end - 1; // runs on: a longer name
                continue;
            }

            bool headed = end - i >= 2 && IsGeoHead(doc, end - 1) && !tokens[i].SentenceStart;
            if (!headed && (!Locates(doc, end) || LocativePlace.Rejected(doc, i, end, leadingThe: false) || GivenNames.Contains(doc.Word(i)) && end - i > 1))
            {
                i = end - 1;
                continue;
            }

            var span = doc.SpanOf(i, end);
            string name = span.Slice(doc.Text);
            doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name), i, end);
            i = end - 1;
        }
    }

    /// <summary>Whether the tokens from <paramref name="end"/> locate the run before them as a place.</summary>
    public static bool Locates(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        if (end + 2 >= tokens.Length || !doc.Is(end, ",") || doc.BreakBefore(end + 1))
        {
            return false;
        }

        // ", a small town", ", an oil port": the apposition says what kind of place it is.
        if (doc.Is(end + 1, "a") || doc.Is(end + 1, "an"))
        {
            for (int k = end + 2; k < tokens.Length && k <= end + 4 && tokens[k].Shape == TokenShape.Lower; k++)
            {
                if (SettlementLookup.Contains(doc.Word(k)))
                {
                    return true;
                }
            }

            return false;
        }

        // ", Ostravia ," / ", Ostravia ." : the state, region or country it lies in, closing the phrase.
        int n = doc.MatchPlace(end + 1, out var place);
        if (n == 0 || place.Form == PlaceForm.Demonym || tokens[end + 1].Shape != TokenShape.Capitalized)
        {
            return false;
        }

        int after = end + 1 + n;
        return after >= tokens.Length || doc.BreakBefore(after) || doc.Word(after) is "," or "." or ")" or ";";
    }
}
