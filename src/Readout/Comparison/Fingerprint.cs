namespace Readout.Comparison;

/// <summary>
/// 64-bit fingerprints (FNV-1a) of words and word sequences, and counting over sorted fingerprint arrays: a pair of
/// claims then compares arrays of longs in one merge pass instead of hashing strings into sets for every pair.
/// Collisions among a sentence's few dozen words are negligible at 64 bits.
/// </summary>
public static class Fingerprint
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(string text) => Continue(unchecked((long)Offset), text);

    /// <summary>Extends a fingerprint with the next word: the fingerprint of a word sequence.</summary>
    public static long Continue(long seed, string text)
    {
        var hash = (ulong)seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return (long)((hash ^ 0x1F) * Prime); // a separator, so "ab"+"c" differs from "a"+"bc"
    }

    /// <summary>The fingerprint of a sequence from the fingerprints of its parts (order matters).</summary>
    public static long Combine(long first, long next)
    {
        var hash = ((ulong)first * Prime) ^ (ulong)next;
        return (long)(hash ^ (hash >> 29));
    }

    /// <summary>The distinct values, sorted.</summary>
    public static long[] SortedSet(List<long> values)
    {
        values.Sort();
        var count = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (i == 0 || values[i] != values[i - 1])
            {
                values[count++] = values[i];
            }
        }

        return values.GetRange(0, count).ToArray();
    }

    /// <summary>How many values two sorted distinct arrays share.</summary>
    public static int Shared(long[] a, long[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>Dice coefficient of two sorted distinct arrays (0 when both are empty).</summary>
    public static double Dice(long[] a, long[] b) => a.Length + b.Length == 0 ? 0 : 2.0 * Shared(a, b) / (a.Length + b.Length);
}
