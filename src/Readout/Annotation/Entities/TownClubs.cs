using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A town found as a club once in a document ("Dortvik 2 Ambrell 1", "Dortvik striker") is that club wherever
/// else it stands alone there ("Dortvik have signed..."), except where the text is plainly about the place: after
/// "in", "at" or "near", or opening a dateline ("DORTVIK 1996-08-30"). Runs before places claim the town.
/// </summary>
internal static class TownClubs
{
    public static void Propagate(DocumentContext doc)
    {
        HashSet<string>? clubs = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Organization && m.Span.Slice(doc.Text) is var name
                && doc.TryGetPlace(name, out var place) && place.Form is PlaceForm.City or PlaceForm.Capital)
            {
                (clubs ??= new(StringComparer.Ordinal)).Add(name);
            }
        }

        if (clubs is null)
        {
            return;
        }

        var lookup = clubs.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = doc.MatchPlace(i, out _);
            if (n > 0 && doc.IsFree(i, i + n) && lookup.Contains(doc.Text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start))
                && Alone(doc, i, i + n) && !AboutThePlace(doc, i, i + n))
            {
                SportsClub.Add(doc, i, i + n);
            }

            i += Math.Max(n, 1) - 1;
        }
    }

    private static bool Alone(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].SentenceStart && !doc.BreakBefore(start);
        bool after = end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end);
        return !before && !after;
    }

    private static bool AboutThePlace(DocumentContext doc, int start, int end)
    {
        bool locative = start > 0 && !doc.BreakBefore(start) && (doc.Is(start - 1, "in") || doc.Is(start - 1, "at") || doc.Is(start - 1, "near")
                                                                   || doc.Is(start - 1, "In") || doc.Is(start - 1, "At"));
        bool dateline = (start == 0 || doc.BreakBefore(start)) && end < doc.Tokens.Length && doc.Tokens[end].Shape == TokenShape.Number
                        && doc.Word(end).Contains('-');
        return locative || dateline;
    }
}
