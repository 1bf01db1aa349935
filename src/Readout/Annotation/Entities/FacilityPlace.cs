using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A name the gazetteer lacks is a place when a lower-case word for a site follows it: "Stansted airport",
/// "the Heidrun oilfield", "the Salang tunnel", "the Adige river". Runs after organisations and people, and
/// takes one or two unclaimed capitalised words not opening a sentence; <see cref="RepeatedNames"/> then carries
/// the place through the document.
/// </summary>
internal static class FacilityPlace
{
    private static readonly HashSet<string> Sites = new(StringComparer.Ordinal)
    {
        "airport", "airbase", "airfield", "oilfield", "oilfields", "gasfield", "mine", "highway", "motorway", "tunnel", "mosque",
        "river", "prison", "jail", "velodrome", "stadium", "racecourse", "checkpoint", "crossing", "valley", "peninsula", "desert",
        "mountains", "canal", "dam", "border",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SiteLookup = Sites.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether token k is a lower-case word for a site ("airport", "stadium") that names the run before it.</summary>
    public static bool IsSite(DocumentContext doc, int k)
        => k < doc.Tokens.Length && doc.Tokens[k].Shape == TokenShape.Lower && !doc.BreakBefore(k) && SiteLookup.Contains(doc.Word(k));

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int k = 2; k < tokens.Length; k++)
        {
            if (tokens[k].Shape != TokenShape.Lower || !SiteLookup.Contains(doc.Word(k)) || doc.BreakBefore(k))
            {
                continue;
            }

            int start = k;
            while (start > k - 2 && start > 0 && tokens[start - 1].Shape == TokenShape.Capitalized && !doc.IsClaimed(start - 1)
                   && !doc.BreakBefore(start))
            {
                start--;
            }

            // The run must be whole: not the tail of a longer capitalised name, not a sentence's first word.
            if (start == k || tokens[start].SentenceStart || start > 0 && tokens[start - 1].IsCapitalized && !doc.BreakBefore(start)
                || LocativePlace.Rejected(doc, start, k, leadingThe: false))
            {
                continue;
            }

            var span = doc.SpanOf(start, k);
            string name = span.Slice(doc.Text);
            doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name), start, k);
        }
    }
}
