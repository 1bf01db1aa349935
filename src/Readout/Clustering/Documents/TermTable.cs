using System.Runtime.InteropServices;

namespace Readout.Clustering.Documents;

/// <summary>
/// Term interning and document frequencies for the documents in the clustering window. A term whose last
/// document leaves the window is forgotten and its id reused, so the table holds the window's vocabulary,
/// not the history's (names, numbers and typos keep coming, and most are seen once).
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Stack<int> _free = new();
    private string?[] _terms = new string?[1024];
    private int[] _frequency = new int[1024];

    // ln(df + 1) per term, kept as counts change, so that IDF is a lookup rather than a logarithm.
    private float[] _logFrequency = new float[1024];
    private int _allocated;

    /// <summary>Distinct terms held.</summary>
    public int Size => _ids.Count;

    public bool TryGet(string term, out int id) => _ids.TryGetValue(term, out id);

    /// <summary>Counts one more document having <paramref name="term"/> and returns the term's id.</summary>
    public int Count(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out var known);
        if (!known)
        {
            id = Allocate(term);
        }

        var frequency = ++_frequency[id];
        _logFrequency[id] = MathF.Log(frequency + 1f);
        return id;
    }

    /// <summary>Counts one document less having the term; at zero the term is forgotten and its id freed.</summary>
    public void Release(int id)
    {
        var frequency = --_frequency[id];
        if (frequency > 0)
        {
            _logFrequency[id] = MathF.Log(frequency + 1f);
            return;
        }

        _ids.Remove(_terms[id]!);
        _terms[id] = null;
        _logFrequency[id] = 0f;
        _free.Push(id);
    }

    public int Frequency(int id) => _frequency[id];

    public float LogFrequency(int id) => _logFrequency[id];

    private int Allocate(string term)
    {
        if (!_free.TryPop(out var id))
        {
            id = _allocated++;
            if (id == _terms.Length)
            {
                Array.Resize(ref _terms, id * 2);
                Array.Resize(ref _frequency, id * 2);
                Array.Resize(ref _logFrequency, id * 2);
            }
        }

        _terms[id] = term;
        return id;
    }
}
