namespace Readout.Annotation.Text;

/// <summary>
/// Longest-match lookup of multi-token phrases at a token position, without allocating: the candidate
/// phrase is the body slice from the first to the last token, looked up through a span-keyed alternate lookup.
/// Phrases are compared ordinally so "US" (the country) never matches "us".
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, T> _phrases = new(StringComparer.Ordinal);
    private Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstLookup;
    private int _maxTokens = 1;

    public PhraseMatcher()
    {
        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstLookup = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase unless already present (the first registration wins, so canonical names go first).</summary>
    public void Add(string phrase, T value)
    {
        if (phrase.Length == 0 || !_phrases.TryAdd(phrase, value))
        {
            return;
        }

        var tokens = Tokenizer.Tokenize(phrase);
        _maxTokens = Math.Max(_maxTokens, tokens.Length);
        _firstWords.Add(phrase[tokens[0].Start..tokens[0].End]);
    }

    public bool TryGet(ReadOnlySpan<char> phrase, out T value) => _lookup.TryGetValue(phrase, out value!);

    /// <summary>Tries the longest phrase starting at token <paramref name="index"/>; returns its token count or 0.</summary>
    public int Match(string text, Token[] tokens, int index, out T value)
    {
        // Most tokens start no phrase: one hash lookup rules them out before any multi-token probing.
        if (!_firstLookup.Contains(tokens[index].Of(text)))
        {
            value = default!;
            return 0;
        }

        int longest = Math.Min(_maxTokens, tokens.Length - index);
        for (int n = longest; n >= 1; n--)
        {
            int start = tokens[index].Start;
            int end = tokens[index + n - 1].End;
            if (_lookup.TryGetValue(text.AsSpan(start, end - start), out value!))
            {
                return n;
            }
        }

        value = default!;
        return 0;
    }
}
