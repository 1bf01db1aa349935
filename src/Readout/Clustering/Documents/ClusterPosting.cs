using System.Runtime.InteropServices;

namespace Readout.Clustering.Documents;

/// <summary>
/// The clusters holding one key. Most keys (a report's own words, an event's names and numbers) belong to a
/// single cluster, so the first is held inline and only a shared key gets an array. An evicted cluster is
/// dropped lazily: <see cref="Live"/> counts the live entries and the array is compacted once half of it is
/// dead, so eviction costs a counter per key rather than a search through the list.
/// </summary>
internal struct ClusterPosting
{
    private WindowedCluster? _first;
    private WindowedCluster[]? _rest;
    private int _restCount;

    /// <summary>Entries whose cluster is still in the window.</summary>
    public int Live { get; private set; }

    public void Add(WindowedCluster cluster)
    {
        Live++;
        if (_first is null)
        {
            _first = cluster;
            return;
        }

        _rest ??= new WindowedCluster[2];
        if (_restCount == _rest.Length)
        {
            Array.Resize(ref _rest, _restCount * 2);
        }

        _rest[_restCount++] = cluster;
    }

    /// <summary>Counts a hit for each live cluster.</summary>
    public readonly void Tally(Dictionary<DocumentCluster, int> hits)
    {
        Tally(_first, hits);
        for (var i = 0; i < _restCount; i++)
        {
            Tally(_rest![i], hits);
        }
    }

    /// <summary>Notes that one of the clusters was evicted (its flag is already set); true once none is left.</summary>
    public bool Evicted()
    {
        if (--Live == 0)
        {
            this = default;
            return true;
        }

        if (_restCount + 1 > (2 * Live) + 8)
        {
            Compact();
        }

        return false;
    }

    private static void Tally(WindowedCluster? cluster, Dictionary<DocumentCluster, int> hits)
    {
        if (cluster is { Evicted: false })
        {
            CollectionsMarshal.GetValueRefOrAddDefault(hits, cluster.Cluster, out _)++;
        }
    }

    // Keeps the live entries, the first of them inline, the rest in a right-sized array.
    private void Compact()
    {
        var rest = Live > 1 ? new WindowedCluster[Live - 1] : null;
        WindowedCluster? first = null;
        var n = 0;
        for (var i = -1; i < _restCount; i++)
        {
            var cluster = i < 0 ? _first : _rest![i];
            if (cluster is not { Evicted: false })
            {
                continue;
            }

            if (first is null)
            {
                first = cluster;
            }
            else
            {
                rest![n++] = cluster;
            }
        }

        (_first, _rest, _restCount) = (first, rest, n);
    }
}
