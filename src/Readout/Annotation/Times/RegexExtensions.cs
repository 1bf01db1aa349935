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
}
