namespace Readout.Helpers;

/// <summary>
/// Lines of the PETRARCH/TABARI dictionaries (verbs, actors, agents, discards): a '#' starts a comment that runs
/// to the line's end. Each reader trims what is left as its own format needs.
/// </summary>
public static class DictionaryLine
{
    /// <summary>The part of <paramref name="raw"/> before its comment, untrimmed.</summary>
    public static ReadOnlySpan<char> Content(string raw)
    {
        var hash = raw.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? raw.AsSpan(0, hash) : raw.AsSpan();
    }
}
