namespace Readout.Annotation.Entities.Model;

/// <summary>
/// 64-bit FNV-1a over a feature's template letter and its lower-cased text: the span typer's features are
/// looked up by hash, so extracting them allocates no strings and the weight file needs no vocabulary.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(char template) => Mix(Offset, template);

    public static ulong Of(char template, ReadOnlySpan<char> text) => Add(Of(template), text);

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = Mix(hash, char.ToLowerInvariant(c));
        }

        return hash;
    }

    public static ulong Mix(ulong hash, char c) => (hash ^ c) * Prime;
}
