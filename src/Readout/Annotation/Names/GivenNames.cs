namespace Readout.Annotation.Names;

/// <summary>Shipped list of common given names (<c>Data/given-names.txt</c>), compared after folding.</summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Folded = Load();

    public static bool Contains(ReadOnlySpan<char> token) => token.Length > 1 && Folded.Contains(NameFolding.FoldGivenName(token));

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("given-names.txt"))
        {
            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(NameFolding.FoldGivenName(name));
            }
        }

        return set;
    }
}
