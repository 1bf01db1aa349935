using System.Runtime.InteropServices;

namespace Readout.Storage;

/// <summary>
/// Counts the events per facet value (each event once per value) with the greatest label seen, and lists the most
/// frequent values as SQL would: count descending, then value in SQLite's binary (UTF-8, code point) order.
/// </summary>
internal sealed class FacetTally
{
    private readonly Dictionary<string, (int Count, long LastEvent, string? Label)> _values = new(StringComparer.Ordinal);

    /// <summary>One (event, value) row; an event's rows come together, so a repeat within it is not counted again.</summary>
    public void Add(long eventId, string value, string? label)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_values, value, out var existed);
        if (!existed || entry.LastEvent != eventId)
        {
            entry.Count++;
            entry.LastEvent = eventId;
        }

        if (label is not null && (entry.Label is null || CodePointOrder.Compare(label, entry.Label) > 0))
        {
            entry.Label = label;
        }
    }

    public List<FacetCount> Top(int limit) => _values
        .OrderByDescending(v => v.Value.Count).ThenBy(v => v.Key, CodePointOrder.Instance).Take(limit)
        .Select(v => new FacetCount(v.Key, v.Value.Count) { Label = v.Value.Label }).ToList();
}

/// <summary>Strings in Unicode code point order, which is SQLite's BINARY order of their UTF-8 bytes (ordinal UTF-16 differs above U+D7FF).</summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static CodePointOrder Instance { get; } = new();

    public static int Compare(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return Fixup(a[i]) - Fixup(b[i]);
            }
        }

        return a.Length - b.Length;
    }

    int IComparer<string>.Compare(string? x, string? y) => Compare(x, y);

    // Surrogates (U+D800–DFFF, code points above U+FFFF) move after U+E000–FFFF, as their code points are.
    private static int Fixup(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
