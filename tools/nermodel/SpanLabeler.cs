using Readout.Annotation;
using Readout.Annotation.Entities.Model;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Tools.NerModel;

/// <summary>A training example: a run's features and its class.</summary>
internal sealed record Example(ulong[] Features, SpanClass Class);

/// <summary>
/// Turns a training document into examples. Candidates are the document's maximal capitalised runs and the runs
/// the rules leave unclaimed (what the typer sees at run time). A run's class is, in order: a gold mention
/// covering exactly it (leading lower-case words such as "the" trimmed); else the rules' own mention exactly on
/// it (self-training on the corpus's text, which its licence allows) — unless the run lies in a fully annotated
/// line with no gold mention touching it, which makes it "none" ("Maintenance , Repair and Overhaul", an event
/// name, a product); else, for a lone word also written in lower
/// case in the document or often in the corpus ("He", "But"), "none". Runs only partly covered by a gold or rule mention are left out.
/// </summary>
internal static class SpanLabeler
{
    public static IEnumerable<Example> Label(TrainingDocument document, Annotator rules, bool silver, HashSet<string> lowerWords)
    {
        var plain = new DocumentContext(document.Text);
        var ruled = rules.FindMentions(document.Text);
        var candidates = new HashSet<(int, int)>(SpanTyper.Candidates(plain));
        candidates.UnionWith(SpanTyper.Candidates(ruled));
        var features = new List<ulong>(32);
        foreach (var (start, end) in candidates.Order())
        {
            int from = plain.Tokens[start].Start, to = plain.Tokens[end - 1].End;
            var label = FromGold(document, plain, from, to, out bool overlapped);
            if (label is null && !overlapped && LineOf(document.Text, from) < document.FullLines)
            {
                label = SpanClass.None;
            }

            if (label is null && !overlapped && silver)
            {
                label = FromRules(ruled, from, to, out overlapped);
            }

            if (label is null && !overlapped && end - start == 1 && (IsLowerElsewhere(plain, start) || lowerWords.Contains(plain.Word(start).ToString().ToLowerInvariant())))
            {
                label = SpanClass.None;
            }

            if (label is { } cls)
            {
                // Features read the rules' mentions elsewhere in the document, as at run time.
                SpanFeatures.Extract(ruled, start, end, features);
                yield return new Example([.. features], cls);
            }
        }
    }

    private static SpanClass? FromGold(TrainingDocument document, DocumentContext doc, int from, int to, out bool overlapped)
    {
        overlapped = false;
        foreach (var g in document.Gold)
        {
            if (g.End <= from || g.Start >= to)
            {
                continue;
            }

            overlapped = true;
            if (FirstCapitalStart(doc, g.Start, g.End) == from && g.End == to && g.Type is { } type)
            {
                return type;
            }
        }

        return null;
    }

    // "the Angels", "automaker GM": the name starts at the mention's first capitalised word.
    private static int FirstCapitalStart(DocumentContext doc, int from, int end)
    {
        foreach (var t in doc.Tokens)
        {
            if (t.Start >= from && t.End <= end && t.IsCapitalized)
            {
                return t.Start;
            }
        }

        return -1;
    }

    private static SpanClass? FromRules(DocumentContext ruled, int from, int to, out bool overlapped)
    {
        overlapped = false;
        foreach (var m in ruled.Mentions)
        {
            if (m.Span.End <= from || m.Span.Start >= to || m.IsNominal)
            {
                continue;
            }

            overlapped = true;
            if (m.Span.Start == from && m.Span.End == to)
            {
                return m.Kind switch
                {
                    MentionKind.Person => SpanClass.Person,
                    MentionKind.Place => PlaceNames.IsDemonym(m.Span.Slice(ruled.Text)) ? SpanClass.None : SpanClass.Place,
                    MentionKind.Organization => SpanClass.Organization,
                    _ => SpanClass.None,
                };
            }
        }

        return null;
    }

    private static int LineOf(string text, int position) => text.AsSpan(0, position).Count('\n');

    /// <summary>Words written in lower case at least <paramref name="times"/> times across the corpus.</summary>
    public static HashSet<string> LowerCaseWords(IEnumerable<TrainingDocument> documents, int times)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var doc = new DocumentContext(d.Text);
            for (int k = 0; k < doc.Tokens.Length; k++)
            {
                if (doc.Tokens[k].Shape == TokenShape.Lower)
                {
                    var w = doc.Word(k).ToString();
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }
        }

        return counts.Where(p => p.Value >= times).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsLowerElsewhere(DocumentContext doc, int index)
    {
        var word = doc.Word(index);
        for (int k = 0; k < doc.Tokens.Length; k++)
        {
            if (doc.Tokens[k].Shape == TokenShape.Lower && doc.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
