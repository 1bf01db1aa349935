using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A name the gazetteer lacks is a place when "and" pairs it with a known town or city: "between Harlow and
/// Dorvenk", "at Tarsk and Velgrad". Only a city partner counts: beside a country the other name is as often a
/// party or an armed group ("between Ostravia and the Velmoran Front"). Runs after people and organisations, over
/// one or two unclaimed capitalised words; <see cref="RepeatedNames"/> then carries the place through the document.
/// </summary>
internal static class PlacePair
{
    private const int MaxWords = 2;

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            if (!doc.Is(i, "and") || doc.BreakBefore(i) || doc.BreakBefore(i + 1))
            {
                continue;
            }

            // Sports writing pairs clubs named after their towns ("played for Harlow and Tarsk Rovers"); there
            // only a stage or a route between two towns counts. Asked only once a city is beside "and": the answer
            // scans the whole document.
            if (CityEndingAt(doc, i, out int cityStart))
            {
                if (SportsWriting.Is(doc) && !doc.Is(cityStart - 1, "between"))
                {
                    continue;
                }

                int end = RunAfter(doc, i + 1);
                if (end > 0)
                {
                    Add(doc, i + 1, end);
                }
            }
            else if (CityAt(doc, i + 1))
            {
                int start = RunBefore(doc, i);
                if (start >= 0 && (start > 0 && doc.Is(start - 1, "between") || !SportsWriting.Is(doc)))
                {
                    Add(doc, start, i);
                }
            }
        }
    }

    private static bool IsCity(PlaceEntry entry) => entry.Form is PlaceForm.City or PlaceForm.Capital;

    // The city must be a whole name: "Paris" opening "Paris St Germain" or closing "Rapid Vienna" names a club.
    private static bool CityAt(DocumentContext doc, int k)
    {
        if (doc.Tokens[k].Shape != TokenShape.Capitalized)
        {
            return false;
        }

        int n = doc.MatchPlace(k, out var entry);
        return n > 0 && IsCity(entry) && (k + n >= doc.Tokens.Length || doc.BreakBefore(k + n) || !doc.Tokens[k + n].IsCapitalized);
    }

    private static bool CityEndingAt(DocumentContext doc, int end, out int start)
    {
        for (start = end - 1; start >= 0 && start >= end - 3; start--)
        {
            if (doc.Tokens[start].Shape == TokenShape.Capitalized && doc.MatchPlace(start, out var entry) == end - start && IsCity(entry))
            {
                return start == 0 || doc.BreakBefore(start) || !doc.Tokens[start - 1].IsCapitalized || doc.Tokens[start].SentenceStart;
            }
        }

        return false;
    }

    // The whole unclaimed run from `start` closing the phrase (punctuation, a lower-case word or the line's end), or -1.
    private static int RunAfter(DocumentContext doc, int start)
    {
        var tokens = doc.Tokens;
        int end = start;
        while (end < tokens.Length && end - start <= MaxWords && tokens[end].Shape == TokenShape.Capitalized && !doc.IsClaimed(end)
               && (end == start || !doc.BreakBefore(end)))
        {
            end++;
        }

        bool closed = end >= tokens.Length || doc.BreakBefore(end)
                      || tokens[end].Shape == TokenShape.Punctuation && !doc.Is(end, "'s") || tokens[end].Shape == TokenShape.Lower;
        return end == start || end - start > MaxWords || !closed || Unfit(doc, start, end) ? -1 : end;
    }

    // The whole unclaimed run ending before `end`, not the tail of a longer name nor a sentence's first words, or -1.
    private static int RunBefore(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        int start = end;
        while (start > 0 && end - start < MaxWords && tokens[start - 1].Shape == TokenShape.Capitalized && !doc.IsClaimed(start - 1)
               && !doc.BreakBefore(start))
        {
            start--;
        }

        bool whole = start < end && (start == 0 || doc.BreakBefore(start) || !tokens[start - 1].IsCapitalized);
        return !whole || tokens[start].SentenceStart || Unfit(doc, start, end) ? -1 : start;
    }

    // A person's name, a given name opening the run, a common noun or a run followed by a score is no place.
    private static bool Unfit(DocumentContext doc, int start, int end)
        => LocativePlace.Rejected(doc, start, end, leadingThe: false) || GivenNames.Contains(doc.Word(start))
           || end < doc.Tokens.Length && doc.Tokens[end].Shape == TokenShape.Number;

    private static void Add(DocumentContext doc, int start, int end)
    {
        var span = doc.SpanOf(start, end);
        string name = span.Slice(doc.Text);
        doc.Add(new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name), start, end);
    }
}
