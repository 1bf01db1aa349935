using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Tournaments and games named by a capitalised run before an event word: "U.S. Open", "Australian Open",
/// "Davis Cup", "Belgian Grand Prix", "Atlanta Games". The run names the event, not the place or nationality
/// it starts with, so the whole is one <see cref="MentionKind.Other"/> mention claimed before places read "U.S.".
/// </summary>
internal static class SportsEvent
{
    private const int MaxModifierWords = 3;

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Open", "Cup", "Classic", "Masters", "Rally", "Trophy", "Invitational", "Marathon",
    };

    // Only the tail of a longer event name ("U.S. Open Tennis Championships"): alone they are as often common nouns.
    private static readonly HashSet<string> Tails = new(StringComparer.OrdinalIgnoreCase) { "Championship", "Championships" };

    // Words that end the run looking back, in any case: an all-caps headline reads "RESULTS FROM U.S. OPEN".
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "At", "In", "On", "Of", "From", "To", "For", "And", "Or", "By", "With", "His", "Her", "Their", "Its", "This",
        "That", "Last", "Next", "First", "Second", "Third", "Semifinal", "Final", "Round", "Results", "Win", "Wins", "Won", "Beat",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TailLookup = Tails.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stops.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 1; i < tokens.Length; i++)
        {
            int end = HeadEnd(doc, i);
            if (end == 0 || doc.IsClaimed(i))
            {
                continue;
            }

            int start = Modifiers(doc, i);
            if (start > 0 && tokens[start - 1].Shape == TokenShape.Number && !doc.BreakBefore(start))
            {
                continue; // "1,000 Lakes Rally": the number is part of a name we cannot bound
            }

            if (start == i && end - i < 2)
            {
                continue; // a lone "Cup" or "Open" is too often a word; "Grand Prix" alone is the event
            }

            // "Tennis Championships" after the event: "U.S. Open Tennis Championships" is one name.
            if (end + 1 < tokens.Length && tokens[end].Shape == TokenShape.Capitalized && TailLookup.Contains(doc.Word(end + 1))
                && !doc.BreakBefore(end) && doc.IsFree(end, end + 2))
            {
                end += 2;
            }

            var span = doc.SpanOf(start, end);
            string name = span.Slice(doc.Text);
            doc.Add(new MentionDraft(MentionKind.Other, span, "event:" + Names.NameFolding.Slug(name), name), start, end);
            i = end - 1;
        }
    }

    // The end of an event word at i ("Cup", "Grand Prix"), or 0.
    private static int HeadEnd(DocumentContext doc, int i)
    {
        if (!doc.Tokens[i].IsCapitalized)
        {
            return 0;
        }

        if (HeadLookup.Contains(doc.Word(i)))
        {
            return i + 1;
        }

        bool grandPrix = doc.Word(i).Equals("Grand", StringComparison.OrdinalIgnoreCase) && i + 1 < doc.Tokens.Length
                         && doc.Word(i + 1).Equals("Prix", StringComparison.OrdinalIgnoreCase) && !doc.IsClaimed(i + 1);
        return grandPrix ? i + 2 : 0;
    }

    // Where the name starts: up to three capitalised words back, "World" opening it ("World Cup", not "Ireland World
    // Cup"); a leading nationality before more words stays apart ("Spanish | Super Cup"); in an all-caps headline only
    // a known place or nationality counts ("RESULTS FROM U.S. OPEN").
    private static int Modifiers(DocumentContext doc, int head)
    {
        if (doc.Tokens[head].Shape == TokenShape.AllCaps && doc.Tokens[head].Length > 1)
        {
            for (int k = Math.Max(0, head - MaxModifierWords); k < head; k++)
            {
                if (doc.MatchPlace(k, out _) == head - k && doc.IsFree(k, head) && !doc.BreakBefore(head))
                {
                    return k;
                }
            }

            return doc.Word(head - 1).Equals("World", StringComparison.OrdinalIgnoreCase) && !doc.BreakBefore(head) ? head - 1 : head;
        }

        int start = head;
        while (start > 0 && head - start < MaxModifierWords && IsModifier(doc, start - 1) && !doc.BreakBefore(start)
               && !doc.Word(start).Equals("World", StringComparison.Ordinal))
        {
            start--;
        }

        if (head - start >= 2 && doc.MatchPlace(start, out var place) == 1 && place.Form == PlaceForm.Demonym)
        {
            start++;
        }

        return start;
    }

    private static bool IsModifier(DocumentContext doc, int k)
        => doc.Tokens[k].IsCapitalized && !doc.IsClaimed(k) && !StopLookup.Contains(doc.Word(k));
}
