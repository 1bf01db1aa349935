using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A given name standing alone is the one person the document named in full with it ("Julie Lejeune" … "Julie and
/// Melissa were held"; "Liam Gallagher" … "Liam caught a taxi"), as features and quotes call people by first name.
/// Only a name one person here bears, a lone capitalised word that is no place, no English word the text writes in
/// lower case and no word-like given name ("Will", "Mark").
/// </summary>
internal static class BareGivenNames
{
    public static void Find(DocumentContext doc)
    {
        // Keyed by the given name as written in the full mention; null marks a name two people share.
        Dictionary<string, MentionDraft?>? byGiven = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind != MentionKind.Person || m.Given is null || m.IsNominal)
            {
                continue;
            }

            int space = m.Name.IndexOf(' ');
            if (space <= 1)
            {
                continue;
            }

            byGiven ??= new(StringComparer.Ordinal);
            string given = m.Name[..space];
            if (!byGiven.TryAdd(given, m) && byGiven[given] is { } seen && seen.Key != m.Key)
            {
                byGiven[given] = null;
            }
        }

        if (byGiven is null)
        {
            return;
        }

        var lookup = byGiven.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        bool added = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Shape != TokenShape.Capitalized || doc.IsClaimed(i) || !lookup.TryGetValue(doc.Word(i), out var person) || person is null
                || Alone(doc, i) is false || GivenNames.IsWordLike(doc.Word(i)) || doc.MatchPlace(i, out _) > 0 || SurnameCue.WrittenLower(doc, i))
            {
                continue;
            }

            string word = doc.Word(i).ToString();
            doc.Add(new MentionDraft(MentionKind.Person, doc.SpanOf(i, i + 1), person.Key, word) { Surname = person.Surname }, i, i + 1);
            added = true;
        }

        if (added)
        {
            doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    // Not part of a longer capitalised name on its line ("Julie Lejeune" itself, "Paul Street").
    private static bool Alone(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        bool before = i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].SentenceStart && !doc.BreakBefore(i);
        bool after = i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && !doc.BreakBefore(i + 1);
        return !before && !after;
    }
}
