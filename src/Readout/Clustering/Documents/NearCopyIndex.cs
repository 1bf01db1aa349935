using System.Runtime.InteropServices;

namespace Readout.Clustering.Documents;

/// <summary>
/// Locality-sensitive lookup of near copies: each stored signature is filed under <see cref="Bands"/> keys,
/// one per band of <see cref="Rows"/> slots, and a query compares only the signatures that share a band key
/// with it. Two texts of Jaccard J share a band with probability 1 − (1 − J^8)^16: ≈ 0.95 at 0.8, ≈ 1 from 0.9,
/// ≈ 0.06 at 0.5, so the cost of a lookup does not grow with what is stored.
/// </summary>
/// <typeparam name="TOwner">What a stored signature belongs to (the document's cluster, or its store id).</typeparam>
public sealed class NearCopyIndex<TOwner>
{
    public const int Bands = 16;

    public const int Rows = MinHashSignature.Length / Bands;

    // Band key → first link of its chain; links and entries live in arrays with free lists, so filing a
    // document allocates nothing once the arrays have grown to the window's size.
    private readonly Dictionary<ulong, int> _heads = [];
    private Link[] _links = new Link[1024];
    private Entry[] _entries = new Entry[64];
    private int _freeLink = -1;
    private int _freeEntry = -1;
    private int _usedLinks;
    private int _usedEntries;
    private long _sequence;

    /// <summary>Signatures held.</summary>
    public int Count { get; private set; }

    /// <summary>Files a document's signature; returns a handle for <see cref="Remove"/>.</summary>
    public int Add(string documentId, MinHashSignature signature, TOwner owner)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var handle = Allocate(ref _entries, ref _freeEntry, ref _usedEntries, static (e, next) => e[next].NextFree);
        _entries[handle] = new Entry(documentId, signature, owner, _sequence++, -1);
        for (var band = 0; band < Bands; band++)
        {
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_heads, Key(signature, band), out var known);
            var link = Allocate(ref _links, ref _freeLink, ref _usedLinks, static (l, next) => l[next].Next);
            _links[link] = new Link(handle, known ? head : -1);
            head = link;
        }

        Count++;
        return handle;
    }

    /// <summary>Takes a signature out (its document left the window).</summary>
    public void Remove(int handle)
    {
        var signature = _entries[handle].Signature ?? throw new ArgumentException("not a held signature", nameof(handle));
        for (var band = 0; band < Bands; band++)
        {
            var key = Key(signature, band);
            ref var head = ref CollectionsMarshal.GetValueRefOrNullRef(_heads, key);
            var previous = -1;
            for (var link = head; link >= 0; previous = link, link = _links[link].Next)
            {
                if (_links[link].Entry != handle)
                {
                    continue;
                }

                var next = _links[link].Next;
                if (previous >= 0)
                {
                    _links[previous].Next = next;
                }
                else if (next >= 0)
                {
                    head = next;
                }
                else
                {
                    _heads.Remove(key);
                }

                _links[link] = new Link(-1, _freeLink);
                _freeLink = link;
                break;
            }
        }

        _entries[handle] = new Entry(null, null, default, 0, _freeEntry);
        _freeEntry = handle;
        Count--;
    }

    /// <summary>
    /// The held signature most similar to <paramref name="signature"/> (the earliest filed on a tie) among those
    /// sharing a band with it, when its estimated Jaccard is at least <paramref name="minSimilarity"/>.
    /// </summary>
    public NearCopyMatch<TOwner>? Nearest(MinHashSignature signature, double minSimilarity)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var least = (int)Math.Ceiling(minSimilarity * MinHashSignature.Length);
        int best = -1, bestEqual = -1;
        for (var band = 0; band < Bands; band++)
        {
            if (!_heads.TryGetValue(Key(signature, band), out var link))
            {
                continue;
            }

            for (; link >= 0; link = _links[link].Next)
            {
                var candidate = _links[link].Entry;
                ref readonly var entry = ref _entries[candidate];
                var equal = MinHashSignature.EqualSlots(signature.Slots, entry.Signature!.Slots);
                if (equal >= least && (equal > bestEqual || (equal == bestEqual && entry.Sequence < _entries[best].Sequence)))
                {
                    (best, bestEqual) = (candidate, equal);
                }
            }
        }

        if (best < 0)
        {
            return null;
        }

        var found = _entries[best];
        return new NearCopyMatch<TOwner>(found.DocumentId!, (double)bestEqual / MinHashSignature.Length, found.Owner);
    }

    // One band's slots, hashed with the band's number (equal rows in different bands are different keys).
    private static ulong Key(MinHashSignature signature, int band)
    {
        var rows = signature.Slots.Slice(band * Rows, Rows);
        var key = (ulong)band + 1;
        for (var k = 0; k < rows.Length; k += 2)
        {
            key = MinHashSignature.Mix(key ^ (((ulong)rows[k] << 32) | rows[k + 1]));
        }

        return key;
    }

    private static int Allocate<T>(ref T[] items, ref int free, ref int used, Func<T[], int, int> nextFree)
    {
        if (free >= 0)
        {
            var reused = free;
            free = nextFree(items, reused);
            return reused;
        }

        if (used == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        return used++;
    }

    private record struct Link(int Entry, int Next);

    private readonly record struct Entry(string? DocumentId, MinHashSignature? Signature, TOwner? Owner, long Sequence, int NextFree);
}

/// <summary>A stored document whose text the newcomer nearly copies, with the estimated Jaccard of their shingles.</summary>
public sealed record NearCopyMatch<TOwner>(string DocumentId, double Similarity, TOwner? Owner);
