using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Finds countries, demonyms and capitals through the <see cref="Gazetteer"/>, including inside hyphenated
/// compounds ("Russian-US"). A capital after a locative preposition ("in Moscow") is the city; otherwise
/// it stands for its government ("Moscow's proposals", "between Moscow and Washington") and keys to the country.
/// </summary>
internal static class PlaceRecognizer
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "to", "from", "at", "near", "into", "visit", "visited", "outside", "across", "around" };

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = doc.MatchPlace(i, out var entry);
            if (n > 0 && doc.IsFree(i, i + n))
            {
                bool city = entry.Form == PlaceForm.Capital && (i == 0 || tokens[i].SentenceStart || IsLocative(doc, i - 1) || doc.Is(i + 1, ","));
                Add(doc, doc.SpanOf(i, i + n), entry, city, i, i + n);
                i += n - 1;
                continue;
            }

            if (doc.Word(i).Contains('-'))
            {
                Compound(doc, i);
            }
        }
    }

    private static void Compound(DocumentContext doc, int i)
    {
        var token = doc.Tokens[i];
        int start = token.Start;
        var parts = new List<(TextSpan Span, PlaceEntry Entry)>();
        for (int p = token.Start; p <= token.End; p++)
        {
            if (p == token.End || doc.Text[p] == '-')
            {
                if (doc.TryGetPlace(doc.Text.AsSpan(start, p - start), out var entry))
                {
                    parts.Add((new TextSpan(start, p), entry));
                }

                start = p + 1;
            }
        }

        foreach (var (span, entry) in parts)
        {
            Add(doc, span, entry, city: false, i, i + 1);
        }
    }

    private static void Add(DocumentContext doc, TextSpan span, PlaceEntry entry, bool city, int startToken, int endToken)
    {
        var draft = city
            ? new MentionDraft(MentionKind.Place, span, entry.CityKey, entry.City!) { Country = entry.Country }
            : new MentionDraft(MentionKind.Place, span, entry.CountryKey, entry.Country) { Country = entry.Country };
        doc.Add(draft, startToken, endToken);
    }

    private static bool IsLocative(DocumentContext doc, int k) => Locatives.Contains(doc.Word(k).ToString());
}
