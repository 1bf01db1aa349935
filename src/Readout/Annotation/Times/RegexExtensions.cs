using System.Buffers;
using System.Text.RegularExpressions;

namespace Readout.Annotation.Times;

/// <summary>Regex match enumeration as <see cref="Match"/> objects (groups needed), kept in one place.</summary>
internal static class RegexExtensions
{
    // Punctuation no clause-bounded pattern can match, look at or step over: all of it non-word to the regex, so a
    // clause's edge reads to \b and to a negative lookahead like the text's end does.
    private static readonly SearchValues<char> ClauseStops = SearchValues.Create(".,;:!?\"“”()[]–—");

    /// <summary>On this thread, clause-bounded rules scan the whole text: the reference the tests compare them with.</summary>
    [ThreadStatic]
    internal static bool WholeTextScans;

    public static IEnumerable<Match> EnumerateMatchesAsMatches(this Regex regex, string text)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }

    /// <summary>
    /// The matches, but none without reading the text when it lacks every word a match must contain: a vectorised
    /// search skips a full regex scan on most documents (a rare rule's pattern tries nearly every word start).
    /// </summary>
    public static IEnumerable<Match> EnumerateMatchesAsMatches(this Regex regex, string text, SearchValues<string> requiredCues)
        => text.AsSpan().ContainsAny(requiredCues) ? regex.EnumerateMatchesAsMatches(text) : [];

    /// <summary>
    /// The same matches as a whole-text scan, for a pattern whose matches hold only words, digits, spaces, hyphens
    /// and apostrophes and always contain one of <paramref name="requiredCues"/>: the regex reads only the clauses
    /// (stretches between <see cref="ClauseStops"/>) where a cue occurs, since no match can cross a stop. On news
    /// text a common rule's pattern otherwise tries nearly every word start of the document.
    /// </summary>
    public static IEnumerable<Match> EnumerateClauseMatches(this Regex regex, string text, SearchValues<string> requiredCues)
    {
        if (WholeTextScans)
        {
            foreach (var m in regex.EnumerateMatchesAsMatches(text))
            {
                yield return m;
            }

            yield break;
        }

        int from = 0;
        while (NextCueClause(text, from, requiredCues, out int start, out int end))
        {
            for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                yield return m;
            }

            from = end;
        }
    }

    // The clause [start, end) holding the first cue at or after `from`; false when no cue is left.
    private static bool NextCueClause(string text, int from, SearchValues<string> cues, out int start, out int end)
    {
        start = end = 0;
        int hit = text.AsSpan(from).IndexOfAny(cues);
        if (hit < 0)
        {
            return false;
        }

        hit += from;
        start = text.AsSpan(0, hit).LastIndexOfAny(ClauseStops) + 1;
        int stop = text.AsSpan(hit).IndexOfAny(ClauseStops);
        end = stop < 0 ? text.Length : hit + stop;
        return true;
    }
}
