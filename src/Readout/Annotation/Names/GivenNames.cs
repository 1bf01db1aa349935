namespace Readout.Annotation.Names;

/// <summary>
/// Shipped lists of common given names, compared after folding: world news names (<c>Data/given-names.txt</c>,
/// hand-kept) and English ones (<c>Data/given-names-en.txt</c>, generated from the public-domain Moby lists
/// by <c>tools/gazetteer/build_given_names.py</c>, without names that are also English words or places) and names
/// from many other languages (<c>Data/given-names-world.txt</c>, from faker's MIT-licensed locales by
/// <c>tools/gazetteer/build_world_given_names.py</c>, filtered the same way).
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Folded = Load();

    public static bool Contains(ReadOnlySpan<char> token) => token.Length > 1 && Folded.Contains(NameFolding.FoldGivenName(token));

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
