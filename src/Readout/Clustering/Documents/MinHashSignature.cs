using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Readout.Clustering.Documents;

/// <summary>
/// A MinHash signature of a text's word shingles (runs of <see cref="ShingleWords"/> lower-cased words): the
/// share of equal slots of two signatures estimates the Jaccard similarity of their shingle sets, which is
/// near 1 for a re-published or syndicated copy and low for a look-alike report whose names, dates and
/// numbers differ (each differing word breaks the shingles over it).
/// </summary>
/// <remarks>
/// Each shingle is hashed once to 64 bits; the <see cref="Length"/> hash functions are cheap derivations of
/// that hash (an odd multiplier and an offset each, high 32 bits kept), so a shingle costs one vector pass
/// over the slots and no allocation.
/// </remarks>
public sealed class MinHashSignature
{
    /// <summary>Slots (hash functions): the estimate's standard error at Jaccard 0.8 is √(0.16/128) ≈ 0.035.</summary>
    public const int Length = 128;

    /// <summary>Words per shingle: one changed word breaks five shingles, so a template with new names and numbers every few words shares few.</summary>
    public const int ShingleWords = 5;

    private static readonly ulong[] Multipliers = Coefficients(0x5EED_0001, odd: true);
    private static readonly ulong[] Offsets = Coefficients(0x5EED_0002, odd: false);

    private readonly uint[] _slots;

    private MinHashSignature(uint[] slots, int shingles)
    {
        _slots = slots;
        Shingles = shingles;
    }

    /// <summary>How many shingles the text had (not distinct): a short text's near-copy claim is weak.</summary>
    public int Shingles { get; }

    internal ReadOnlySpan<uint> Slots => _slots;

    /// <summary>The signature of <paramref name="text"/>, or null when it has no word.</summary>
    public static MinHashSignature? Of(ReadOnlySpan<char> text)
    {
        // Kept 64 bits wide while hashing, so that whole vectors of slots are compared and stored at once.
        Span<ulong> least = stackalloc ulong[Length];
        least.Fill(uint.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        var words = 0;
        var shingles = 0;
        var i = 0;
        while (NextWord(text, ref i, out var word))
        {
            window[words++ % ShingleWords] = word;
            if (words >= ShingleWords)
            {
                Include(least, Shingle(window, words));
                shingles++;
            }
        }

        if (words == 0)
        {
            return null;
        }

        // A text shorter than one shingle is its own single shingle.
        if (shingles == 0)
        {
            Include(least, Shingle(window[..words], words));
            shingles = 1;
        }

        var slots = new uint[Length];
        for (var k = 0; k < slots.Length; k++)
        {
            slots[k] = (uint)least[k];
        }

        return new MinHashSignature(slots, shingles);
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets: the share of equal slots.</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (double)EqualSlots(_slots, other._slots) / Length;
    }

    internal static int EqualSlots(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var k = 0; k < a.Length; k++)
        {
            equal += a[k] == b[k] ? 1 : 0;
        }

        return equal;
    }

    // Keeps, per slot, the least value of that slot's hash function over the shingles seen.
    private static void Include(Span<ulong> slots, ulong shingle)
    {
        var hash = Vector256.Create(shingle);
        var least = MemoryMarshal.Cast<ulong, Vector256<ulong>>(slots);
        var multipliers = MemoryMarshal.Cast<ulong, Vector256<ulong>>(Multipliers);
        var offsets = MemoryMarshal.Cast<ulong, Vector256<ulong>>(Offsets);
        for (var k = 0; k < least.Length; k++)
        {
            least[k] = Vector256.Min(least[k], Vector256.ShiftRightLogical((hash * multipliers[k]) + offsets[k], 32));
        }
    }

    // The shingle's hash from its words' hashes, in text order (the window is a ring ending at `words`).
    private static ulong Shingle(ReadOnlySpan<ulong> window, int words)
    {
        var hash = 0x9E37_79B9_7F4A_7C15UL;
        for (var k = 0; k < window.Length; k++)
        {
            hash = Mix(hash ^ window[(words + k) % window.Length]);
        }

        return hash;
    }

    // The next run of letters or digits from `i`, hashed lower-cased (FNV-1a, then mixed).
    private static bool NextWord(ReadOnlySpan<char> text, ref int i, out ulong hash)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        hash = 0xCBF2_9CE4_8422_2325UL;
        if (i >= text.Length)
        {
            return false;
        }

        for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++)
        {
            hash = (hash ^ char.ToLowerInvariant(text[i])) * 0x0100_0000_01B3UL;
        }

        hash = Mix(hash);
        return true;
    }

    // The splitmix64 finaliser: every input bit moves every output bit.
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return x ^ (x >> 31);
    }

    // Fixed pseudo-random coefficients, so signatures made in different runs compare.
    private static ulong[] Coefficients(ulong seed, bool odd)
    {
        var values = new ulong[Length];
        var state = seed;
        for (var k = 0; k < values.Length; k++)
        {
            state += 0x9E37_79B9_7F4A_7C15UL;
            values[k] = Mix(state) | (odd ? 1UL : 0UL);
        }

        return values;
    }
}
