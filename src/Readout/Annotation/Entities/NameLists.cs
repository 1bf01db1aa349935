using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A comma-separated list on one line whose names are mostly people is a list of people: squads, scorers and
/// leaderboards ("Salim Malik , Asif Mujtaba , Moin", "Iain Pyman 71 75 , Eduardo Romero ( Argentina ) 70 76 , Ian")
/// name players the text gives no other cue for. Each item is a name, optionally with ranks or scores before
/// or after it and a bracketed country, club or minute; an unclaimed item becomes a person when at least two
/// items are people already and people outnumber the other names at least two to one.
/// </summary>
internal static class NameLists
{
    private const int None = -1;

    public static bool Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        int[]? owner = null;
        bool added = false;
        int lineStart = 0;
        for (int i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && (i == 0 || !doc.BreakBefore(i)))
            {
                continue;
            }

            if (HasComma(doc, lineStart, i))
            {
                owner ??= Owners(doc);
                added |= Line(doc, owner, lineStart, i);
            }

            lineStart = i;
        }

        return added;
    }

    private static bool HasComma(DocumentContext doc, int start, int end)
    {
        int commas = 0;
        for (int k = start; k < end; k++)
        {
            commas += doc.Is(k, ",") ? 1 : 0;
        }

        return commas >= 2;
    }

    // The index of the mention covering each token (None when free).
    private static int[] Owners(DocumentContext doc)
    {
        var owner = new int[doc.Tokens.Length];
        Array.Fill(owner, None);
        var tokens = doc.Tokens;
        for (int m = 0; m < doc.Mentions.Count; m++)
        {
            var span = doc.Mentions[m].Span;
            int k = FirstTokenAt(tokens, span.Start);
            for (; k < tokens.Length && tokens[k].End <= span.End; k++)
            {
                owner[k] = m;
            }
        }

        return owner;
    }

    private static int FirstTokenAt(Token[] tokens, int charStart)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < charStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool Line(DocumentContext doc, int[] owner, int start, int end)
    {
        Span<(int Start, int End, bool Free)> items = stackalloc (int, int, bool)[32];
        int count = 0, people = 0, others = 0, itemStart = start, depth = 0;
        for (int k = start; k <= end; k++)
        {
            // A short label before a dash heads the list like a colon: "Defenders - Jorge Costa , ...", "To bat - X , Y".
            bool label = depth == 0 && count == 0 && people == 0 && others == 0 && doc.Is(k, "-") && k - start is >= 1 and <= 3;
            bool separator = k == end || label || depth == 0 && (doc.Is(k, ",") || doc.Is(k, ":") || doc.Is(k, ";") || doc.Is(k, "and"));
            if (k < end && doc.Is(k, "("))
            {
                depth++;
            }
            else if (k < end && doc.Is(k, ")") && depth > 0)
            {
                depth--;
            }

            if (!separator)
            {
                continue;
            }

            if (doc.Is(k, ":") || label)
            {
                // What comes before a colon heads the list ("Pakistan :", "Scorers :"), it is no item.
                count = people = others = 0;
            }
            else
            {
                switch (Classify(doc, owner, itemStart, k, out int nameStart, out int nameEnd))
                {
                    case ItemKind.Person:
                        people++;
                        break;
                    case ItemKind.Free when count < items.Length:
                        items[count++] = (nameStart, nameEnd, true);
                        break;
                    case ItemKind.Other:
                        others++;
                        break;
                }
            }

            itemStart = k + 1;
        }

        if (count == 0 || people < 2 || people < 2 * others)
        {
            return false;
        }

        foreach (var (s, e, _) in items[..count])
        {
            PersonDraft.Add(doc, s, e);
        }

        return true;
    }

    private enum ItemKind
    {
        Empty,
        Person,
        Free,
        Other,
    }

    // An item: ranks or scores, one name, then brackets and scores ("3. Erik Zabel ( Germany ) 2:04.5").
    private static ItemKind Classify(DocumentContext doc, int[] owner, int start, int end, out int nameStart, out int nameEnd)
    {
        var tokens = doc.Tokens;
        nameStart = start;
        while (nameStart < end && (tokens[nameStart].Shape == TokenShape.Number || doc.Is(nameStart, ".")))
        {
            nameStart++;
        }

        nameEnd = nameStart;
        while (nameEnd < end && !doc.Is(nameEnd, "(") && tokens[nameEnd].Shape != TokenShape.Number)
        {
            nameEnd++;
        }

        if (nameEnd == nameStart)
        {
            return ItemKind.Empty;
        }

        for (int k = nameEnd; k < end; k++)
        {
            // After the name only brackets and scores: a lowercase word outside brackets makes it prose.
            if (tokens[k].Shape == TokenShape.Lower && !InBrackets(doc, nameEnd, k))
            {
                return ItemKind.Other;
            }
        }

        int m = owner[nameStart];
        if (m != None)
        {
            var mention = doc.Mentions[m];
            bool whole = owner[nameEnd - 1] == m && mention.Span.Start == tokens[nameStart].Start && mention.Span.End == tokens[nameEnd - 1].End;
            return whole && mention.Kind == MentionKind.Person && !mention.IsNominal ? ItemKind.Person : ItemKind.Other;
        }

        bool free = nameEnd - nameStart <= 4 && doc.IsFree(nameStart, nameEnd) && tokens[nameStart].Shape == TokenShape.Capitalized
                    && NameParser.TryParse(doc, nameStart, out var name) && name.Start == nameStart && name.End == nameEnd
                    && tokens[name.Last].Length > 1;
        return free ? ItemKind.Free : ItemKind.Other;
    }

    private static bool InBrackets(DocumentContext doc, int from, int k)
    {
        int depth = 0;
        for (int j = from; j < k; j++)
        {
            depth += doc.Is(j, "(") ? 1 : doc.Is(j, ")") ? -1 : 0;
        }

        return depth > 0;
    }
}
