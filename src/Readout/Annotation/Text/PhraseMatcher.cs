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
    // Longest phrase, in tokens, starting with each first word: most words start only one-word phrases, so a
    // large gazetteer costs no more probes than a small one.
    private readonly Dictionary<string, int> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstLookup;

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
        string first = phrase[tokens[0].Start..tokens[0].End];
        _firstWords[first] = Math.Max(_firstWords.GetValueOrDefault(first), tokens.Length);
    }

    public bool TryGet(ReadOnlySpan<char> phrase, out T value) => _lookup.TryGetValue(phrase, out value!);

    /// <summary>Tries the longest phrase starting at token <paramref name="index"/>; returns its token count or 0.</summary>
    public int Match(string text, Token[] tokens, int index, out T value)
    {
        // Most tokens start no phrase: one hash lookup rules them out before any multi-token probing.
        if (!_firstLookup.TryGetValue(tokens[index].Of(text), out int maxTokens))
        {
            value = default!;
            return 0;
        }

        int longest = Math.Min(maxTokens, tokens.Length - index);
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
