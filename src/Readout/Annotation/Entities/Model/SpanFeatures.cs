using Readout.Annotation.Names;
using Readout.Annotation.Text;

namespace Readout.Annotation.Entities.Model;

/// <summary>
/// The features of a capitalised token run [start, end) that the span typer weighs: its words, first and last
/// word, the last word's ending, the two words on each side (or a line edge), the run's shape, whether it opens
/// a sentence, given-name and gazetteer hits, and whether a lone word also occurs in lower case in the document
/// (then it is likely an ordinary word at a sentence start). Training and run time share this code.
/// </summary>
internal static class SpanFeatures
{
    private const int MaxAffix = 3;

    public static void Extract(DocumentContext doc, int start, int end, List<ulong> into)
    {
        into.Clear();
        into.Add(FeatureHash.Of('b'));
        int length = end - start;
        for (int k = start; k < end; k++)
        {
            into.Add(FeatureHash.Of('w', doc.Word(k)));
        }

        var first = doc.Word(start);
        var last = doc.Word(end - 1);
        into.Add(FeatureHash.Of('f', first));
        into.Add(FeatureHash.Of('l', last));
        into.Add(FeatureHash.Of('s', last[Math.Max(0, last.Length - MaxAffix)..]));
        into.Add(FeatureHash.Of('t', last[Math.Max(0, last.Length - 2)..]));
        into.Add(FeatureHash.Of('r', first[..Math.Min(first.Length, MaxAffix)]));

        ulong prev = Before(doc, start, 1), prev2 = Before(doc, start, 2);
        ulong next = After(doc, end, 1), next2 = After(doc, end, 2);
        into.Add(FeatureHash.Mix(FeatureHash.Mix(prev, 'p'), (char)0));
        into.Add(FeatureHash.Mix(prev ^ (prev2 * 31), 'q'));
        into.Add(FeatureHash.Mix(FeatureHash.Mix(next, 'n'), (char)0));
        into.Add(FeatureHash.Mix(next ^ (next2 * 31), 'm'));
        into.Add(FeatureHash.Mix(prev ^ (next * 17), 'c'));

        ulong shape = FeatureHash.Of('h');
        for (int k = start; k < end && k < start + 4; k++)
        {
            shape = FeatureHash.Mix(shape, ShapeOf(doc, k));
        }

        into.Add(FeatureHash.Mix(shape, (char)('0' + Math.Min(length, 5))));
        bool opens = doc.Tokens[start].SentenceStart || doc.BreakBefore(start);
        into.Add(FeatureHash.Mix(FeatureHash.Of(opens ? 'I' : 'i'), (char)('0' + Math.Min(length, 3))));
        into.Add(FeatureHash.Mix(FeatureHash.Of('P'), start > 0 && !doc.BreakBefore(start) ? ShapeOf(doc, start - 1) : '^'));
        into.Add(FeatureHash.Mix(FeatureHash.Of('N'), end < doc.Tokens.Length && !doc.BreakBefore(end) ? ShapeOf(doc, end) : '$'));

        if (GivenNames.Contains(first))
        {
            into.Add(FeatureHash.Mix(FeatureHash.Of('g'), (char)('0' + Math.Min(length, 3))));
        }

        int place = doc.MatchPlace(start, out _);
        if (place > 0)
        {
            into.Add(FeatureHash.Mix(FeatureHash.Of(place == length ? 'G' : 'H'), (char)('0' + Math.Min(length, 3))));
        }

        if (length == 1 && SeenInLowerCase(doc, start))
        {
            into.Add(FeatureHash.Mix(FeatureHash.Of(opens ? 'O' : 'o'), '1'));
        }
    }

    // The hash of the word `distance` tokens before `start` on the same line, or of a line-start marker.
    private static ulong Before(DocumentContext doc, int start, int distance)
    {
        for (int k = start; k > start - distance; k--)
        {
            if (k <= 0 || doc.BreakBefore(k))
            {
                return FeatureHash.Of('^');
            }
        }

        return FeatureHash.Of('.', doc.Word(start - distance));
    }

    private static ulong After(DocumentContext doc, int end, int distance)
    {
        for (int k = end; k < end + distance; k++)
        {
            if (k >= doc.Tokens.Length || doc.BreakBefore(k))
            {
                return FeatureHash.Of('$');
            }
        }

        return FeatureHash.Of('.', doc.Word(end + distance - 1));
    }

    // One letter per token: capitalised, all caps, lower, number, punctuation; '.' or '-' when the word holds one.
    private static char ShapeOf(DocumentContext doc, int k)
    {
        var word = doc.Word(k);
        if (word.Length > 1 && word.IndexOfAny('.', '-') >= 0)
        {
            return word.Contains('.') ? '.' : '-';
        }

        return doc.Tokens[k].Shape switch
        {
            TokenShape.Capitalized => 'X',
            TokenShape.AllCaps => word.Length == 1 ? 'x' : 'A',
            TokenShape.Lower => 'l',
            TokenShape.Number => 'd',
            _ => 'p',
        };
    }

    // "Police" also written "police" in the document: an ordinary word, capitalised by position.
    private static bool SeenInLowerCase(DocumentContext doc, int index)
    {
        var word = doc.Word(index);
        var tokens = doc.Tokens;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Shape == TokenShape.Lower && tokens[k].Length == word.Length
                && doc.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
