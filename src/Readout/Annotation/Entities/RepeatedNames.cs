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
        // Keyed by the mention's text, and by its first word with the most tokens a name starting with it has,
        // so most positions cost one hash probe.
        Dictionary<string, MentionDraft>? known = null;
        Dictionary<string, int>? firstWords = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind is MentionKind.Organization or MentionKind.Place && !m.IsNominal)
            {
                known ??= new(StringComparer.Ordinal);
                firstWords ??= new(StringComparer.Ordinal);
                string name = m.Span.Slice(doc.Text);
                known.TryAdd(name, m);
                int space = name.IndexOf(' ');
                string first = space < 0 ? name : name[..space];
                int words = name.Count(' ') + 2; // a spaceless period or apostrophe may split a word
                firstWords[first] = Math.Max(firstWords.GetValueOrDefault(first), words);
            }
        }

        if (known is null || firstWords is null)
        {
            return;
        }

        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || !firstLookup.TryGetValue(doc.Word(i), out int longest))
            {
                continue;
            }

            for (int n = Math.Min(longest, tokens.Length - i); n >= 1; n--)
            {
                var span = doc.SpanOf(i, i + n);
                if (lookup.TryGetValue(doc.Text.AsSpan(span.Start, span.End - span.Start), out var seen)
                    && doc.IsFree(i, i + n) && !PartOfLongerName(doc, i, i + n))
                {
                    doc.Add(seen with { Span = span }, i, i + n);
                    i += n - 1;
                    break;
                }
            }
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
