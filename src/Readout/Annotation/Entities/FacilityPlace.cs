using System.Collections.Frozen;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A name the gazetteer lacks is a place when a lower-case word for a site follows it: "Stansted airport",
/// "the Heidrun oilfield", "the Salang tunnel", "the Adige river", also behind a site's modifier ("the Dravik
/// railway station", "the Korvel police post") and as a list before a plural site ("the Ostra and Velka rivers").
/// Runs after organisations and people, and takes one or two unclaimed capitalised words not opening a sentence
/// (a capitalised article before them stays out); <see cref="RepeatedNames"/> then carries the place through the document.
/// </summary>
internal static class FacilityPlace
{
    private static readonly HashSet<string> Sites = new(StringComparer.Ordinal)
    {
        "airport", "airbase", "airfield", "oilfield", "oilfields", "gasfield", "mine", "highway", "motorway", "tunnel", "mosque",
        "river", "prison", "jail", "velodrome", "stadium", "racecourse", "checkpoint", "crossing", "valley", "peninsula", "desert",
        "mountains", "canal", "dam", "border",
    };

    // Sites that follow a person's name too ("the Dole camp"), so they name a place only once people have claimed theirs.
    private static readonly HashSet<string> LateSites = new(StringComparer.Ordinal)
    {
        "camp", "bypass", "depot", "subdivision", "suburb", "airports", "mines", "rivers", "prisons", "camps", "tunnels", "canals", "dams",
    };

    // A site's noun that needs its modifier to name a place: a bare "X station" or "X post" may be a broadcaster or a paper.
    private static readonly HashSet<string> ModifiedSites = new(StringComparer.Ordinal) { "station", "post", "deposit" };

    // Lower-case words that may stand between the name and its site ("Bagram military airbase", "the Gorleben nuclear waste depot").
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "railway", "rail", "train", "bus", "police", "border", "army", "military", "air", "naval", "nuclear", "waste", "power", "gold",
        "copper", "coal", "detention", "transit",
    };
    // Frozen: every lower-case word of a document is probed, and a frozen set rejects most by length before hashing.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SiteLookup = Sites.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LateSiteLookup = LateSites.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedSiteLookup = ModifiedSites.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnySiteLookup = Sites.Concat(LateSites).Concat(ModifiedSites).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether token k is a lower-case word for a site ("airport", "stadium") that names the run before it.</summary>
    public static bool IsSite(DocumentContext doc, int k)
        => k < doc.Tokens.Length && doc.Tokens[k].Shape == TokenShape.Lower && !doc.BreakBefore(k) && SiteLookup.Contains(doc.Word(k));

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int k = 2; k < tokens.Length; k++)
        {
            if (tokens[k].Shape != TokenShape.Lower || doc.BreakBefore(k) || !AnySiteLookup.Contains(doc.Word(k))) // one probe rules out most words
            {
                continue;
            }

            bool site = SiteLookup.Contains(doc.Word(k)) || LateSiteLookup.Contains(doc.Word(k));
            if (!site && !ModifiedSiteLookup.Contains(doc.Word(k)))
            {
                continue;
            }

            // Step back over at most two modifiers; a modified-only site ("station") needs one.
            int head = k;
            while (head > k - 2 && head > 1 && tokens[head - 1].Shape == TokenShape.Lower && !doc.BreakBefore(head) && ModifierLookup.Contains(doc.Word(head - 1)))
            {
                head--;
            }

            if (!site && head == k)
            {
                continue;
            }

            int start = TakeRun(doc, head);
            if (start < 0)
            {
                continue;
            }

            Add(doc, start, head);

            // "the Ostra and Velka rivers", "Tarvel , Moska and Dorn airports": a plural site names each listed run before it.
            if (doc.Word(k).EndsWith('s') && doc.Word(k) is not "mountains" and not "oilfields")
            {
                int end = start;
                while (end > 2 && (doc.Is(end - 1, "and") || doc.Is(end - 1, ",")) && !doc.BreakBefore(end) && (start = TakeRun(doc, end - 1)) >= 0)
                {
                    Add(doc, start, end - 1);
                    end = start;
                }
            }
        }
    }

    // The whole unclaimed capitalised run of one or two words ending before token `end`, or -1: not the tail of a longer
    // name, not a sentence's first word ("The Salang tunnel": the article stays out), no person's name or common noun.
    private static int TakeRun(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        int start = end;
        while (start > end - 2 && start > 0 && tokens[start - 1].Shape == TokenShape.Capitalized && !doc.IsClaimed(start - 1)
               && !doc.BreakBefore(start))
        {
            start--;
        }

        if (start < end && doc.Is(start, "The") && tokens[start].SentenceStart)
        {
            start++;
        }

        bool afterArticle = start > 0 && doc.Is(start - 1, "The") && tokens[start - 1].SentenceStart && !doc.BreakBefore(start);
        if (start == end || tokens[start].SentenceStart || start > 0 && tokens[start - 1].IsCapitalized && !doc.BreakBefore(start) && !afterArticle
            || LocativePlace.Rejected(doc, start, end, leadingThe: false))
        {
            return -1;
        }

        return start;
    }

    private static void Add(DocumentContext doc, int start, int end)
    {
        var span = doc.SpanOf(start, end);
        string name = span.Slice(doc.Text);
        doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name), start, end);
    }
}
