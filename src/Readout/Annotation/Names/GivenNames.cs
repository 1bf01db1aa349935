namespace Readout.Annotation.Names;

/// <summary>
/// Shipped lists of common given names, compared after folding: world news names (<c>Data/given-names.txt</c>,
/// hand-kept) and English ones (<c>Data/given-names-en.txt</c>, generated from the public-domain Moby lists
/// by <c>tools/gazetteer/build_given_names.py</c>, without names that are also English words or places) and names
/// from many other languages (<c>Data/given-names-world.txt</c>, from faker's MIT-licensed locales by
/// <c>tools/gazetteer/build_world_given_names.py</c>, filtered the same way). Names that are also English words
/// ("Roger", "Chuck") are a separate, weaker cue (<c>Data/given-names-wordlike.txt</c>, hand-picked from Moby).
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Folded = Load();
    private static readonly HashSet<string> WordLike = new(EmbeddedData.Lines("given-names-wordlike.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLikeLookup = WordLike.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> token)
    {
        if (token.Length <= 1)
        {
            return false;
        }

        Span<char> buffer = token.Length < 128 ? stackalloc char[token.Length + 1] : new char[token.Length + 1];
        return FoldedLookup.Contains(NameFolding.FoldGivenName(token, buffer)) || Compound(token);
    }

    // "Hans-Otto", "Marc-Vivien": two capitalised given names joined by one hyphen are one given name.
    private static bool Compound(ReadOnlySpan<char> token)
    {
        int dash = token.IndexOf('-');
        if (dash < 2 || dash > token.Length - 3 || token[(dash + 1)..].Contains('-') || !char.IsUpper(token[dash + 1]))
        {
            return false;
        }

        return Contains(token[..dash]) && Contains(token[(dash + 1)..]);
    }

    /// <summary>A given name that is also an English word ("Roger"), matched as written: a cue only inside a longer name.</summary>
    public static bool IsWordLike(ReadOnlySpan<char> token) => WordLikeLookup.Contains(token);

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("given-names.txt").Concat(EmbeddedData.Lines("given-names-en.txt")).Concat(EmbeddedData.Lines("given-names-world.txt")))
        {
            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(NameFolding.FoldGivenName(name));
            }
        }

        return set;
    }
}
