using System.Buffers;
using System.Text.RegularExpressions;

namespace Readout.Annotation.Times;

/// <summary>Regex match enumeration as <see cref="Match"/> objects (groups needed), kept in one place.</summary>
internal static class RegexExtensions
{
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
}
