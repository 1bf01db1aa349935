using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// One name, one reading per document: an organisation or place name found once by a cue ("Corinthians 1
/// Guarani 0", "in Bonn") is the same entity wherever else it stands on its own in the document.
/// Only whole runs count: the repeat may not be part of a longer capitalised name.
/// </summary>
internal static class RepeatedNames
{
    public static void Propagate(DocumentContext doc)
    {
        var known = new PhraseMatcher<MentionDraft>();
        foreach (var m in doc.Mentions)
        {
            if (m.Kind is MentionKind.Organization or MentionKind.Place && !m.IsNominal)
            {
                known.Add(m.Span.Slice(doc.Text), m);
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = known.Match(doc.Text, tokens, i, out var seen);
            if (n == 0 || !doc.IsFree(i, i + n) || PartOfLongerName(doc, i, i + n))
            {
                continue;
            }

            doc.Add(seen with { Span = doc.SpanOf(i, i + n) }, i, i + n);
            i += n - 1;
        }
    }

    private static bool PartOfLongerName(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].SentenceStart && !doc.BreakBefore(start);
        bool after = end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end);
        return before || after;
    }
}
