using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// An all-caps headline has no case to tell names from words, but it names what the text below it names:
/// "ORIOLES SNEAK PAST ANGELS" over a report where "the Orioles" and "Angels" were read as teams. A run of an
/// all-caps line spelling (in any case) an organisation found in the rest of the document is that organisation.
/// In a team sport's headline one word of a longer club name will do ("PSV" for "PSV Eindhoven", "CUBS" for "Chicago
/// Cubs"), unless the word is a place. Runs once the clubs and firms of the text are known, before places claim the
/// headline's towns.
/// </summary>
internal static class HeadlineEcho
{
    private const int MaxWords = 4;

    public static void Recognize(DocumentContext doc)
    {
        (Dictionary<string, MentionDraft>.AlternateLookup<ReadOnlySpan<char>> Names, Dictionary<string, MentionDraft>.AlternateLookup<ReadOnlySpan<char>> Words)? known = null;
        foreach (var (start, end) in doc.Lines)
        {
            if (IsCapsLine(doc, start, end))
            {
                known ??= Organizations(doc);
                if (known.Value.Names.Dictionary.Count == 0)
                {
                    return;
                }

                Read(doc, start, end, known.Value.Names);
                if (SportsHeadline.HeadlineStart(doc, start) is > 0 and var body)
                {
                    Read(doc, body, end, known.Value.Words);
                }
            }
        }
    }

    // Two or more words, none of them in lower case or capitalised like running text.
    private static bool IsCapsLine(DocumentContext doc, int start, int end)
    {
        int words = 0;
        for (int k = start; k < end; k++)
        {
            var shape = doc.Tokens[k].Shape;
            if (shape is TokenShape.Lower or TokenShape.Capitalized)
            {
                return false;
            }

            words += shape == TokenShape.AllCaps ? 1 : 0;
        }

        return words >= 2;
    }

    // Organisations named outside all-caps lines, by their text in any case; a name read two ways is left out.
    private static (Dictionary<string, MentionDraft>.AlternateLookup<ReadOnlySpan<char>> Names, Dictionary<string, MentionDraft>.AlternateLookup<ReadOnlySpan<char>> Words) Organizations(DocumentContext doc)
    {
        var names = new Dictionary<string, MentionDraft>(StringComparer.OrdinalIgnoreCase);
        var words = new Dictionary<string, MentionDraft>(StringComparer.OrdinalIgnoreCase);
        HashSet<string>? other = null;
        foreach (var m in doc.Mentions)
        {
            if (m.IsNominal || IsCaps(doc.Text.AsSpan(m.Span.Start, m.Span.End - m.Span.Start)))
            {
                continue;
            }

            string text = m.Span.Slice(doc.Text).ToString();
            if (m.Kind == MentionKind.Organization)
            {
                names.TryAdd(text, m);
                AddEnds(doc, words, text, m);
            }
            else
            {
                (other ??= new(StringComparer.OrdinalIgnoreCase)).Add(text);
            }
        }

        foreach (var text in other ?? [])
        {
            names.Remove(text);
            words.Remove(text);
        }

        return (names.GetAlternateLookup<ReadOnlySpan<char>>(), words.GetAlternateLookup<ReadOnlySpan<char>>());
    }

    // The last word of a two- or three-word name ("Chicago Cubs" gives "Cubs") and its first if an acronym ("PSV
    // Eindhoven"), when they are no place; a first word spelled like a word ("Gloria Tarsk") may open another name.
    private static void AddEnds(DocumentContext doc, Dictionary<string, MentionDraft> words, string text, MentionDraft m)
    {
        int first = text.IndexOf(' '), last = text.LastIndexOf(' ');
        if (first < 0 || text.AsSpan(first + 1, last - first).Count(' ') > 1)
        {
            return;
        }

        string head = text[..first];
        foreach (var word in (ReadOnlySpan<string>)[IsCaps(head) ? head : "", text[(last + 1)..]])
        {
            if (word.Length >= 3 && char.IsUpper(word[0]) && !doc.TryGetPlace(word, out _) && !SportsClub.IsNotClub(word))
            {
                words.TryAdd(word, m);
            }
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = new HashSet<string>(
        ["IN", "AT", "NEAR", "FROM", "TO", "INTO"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "SLUMP AT TARSK" and a dateline ("TARSK 1996-08-30", "TARSK , Ostravia") name the town, not its club.
    private static bool AboutThePlace(DocumentContext doc, int line, int start, int end)
        => start > line && Locatives.Contains(doc.Word(start - 1))
           || start == line && end < doc.Tokens.Length && (doc.Is(end, ",") || doc.Tokens[end].Shape == TokenShape.Number && doc.Word(end).Contains('-'));

    private static bool IsCaps(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Read(DocumentContext doc, int start, int end, Dictionary<string, MentionDraft>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        var tokens = doc.Tokens;
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Shape != TokenShape.AllCaps || doc.IsClaimed(k))
            {
                continue;
            }

            for (int n = Math.Min(MaxWords, end - k); n >= 1; n--)
            {
                var span = doc.SpanOf(k, k + n);
                if (doc.IsFree(k, k + n) && known.TryGetValue(doc.Text.AsSpan(span.Start, span.End - span.Start), out var found) && !AboutThePlace(doc, start, k, k + n)
                    && !(k == start && k + n == end)) // a line that is only the name is a place line ("NEW YORK")
                {
                    doc.Add(found with { Span = span }, k, k + n);
                    k += n - 1;
                    break;
                }
            }
        }
    }
}
