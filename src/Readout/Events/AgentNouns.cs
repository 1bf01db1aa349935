namespace Readout.Events;

/// <summary>
/// Generic agents that PETRARCH-2 accepts as an event's source or target ("police", "rebels", "cabinet minister",
/// "riot police"), read from its Phoenix agents dictionary (<c>Phoenix.agents.txt</c>, Open Event Data Alliance,
/// MIT licence; shipped unmodified as an embedded resource), with their agent codes ("COP", "GOV") that complete an
/// actor's code ("ISR" + "COP").
/// </summary>
internal sealed class AgentNouns
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _wordCodes;
    private readonly Dictionary<string[], string> _phraseCodes;

    // A few plural-only agents the dictionary leaves to the coder's noun rules.
    private static readonly string[] Extra = ["forces", "troops", "official", "authorities", "rebels", "militants", "people",
        "spokesman", "spokeswoman", "spokesperson", "minister", "president"];

    private AgentNouns(HashSet<string> words, Dictionary<string, List<string[]>> phrases, Dictionary<string, string> wordCodes,
        Dictionary<string[], string> phraseCodes)
    {
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordCodes = wordCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseCodes = phraseCodes;
    }

    public static AgentNouns Default => Lazy.Value;

    private static readonly Lazy<AgentNouns> Lazy = new(Load);

    public int Count => _words.Count;

    /// <summary>How many tokens from <paramref name="i"/> name an agent (0: none). Plurals of listed nouns count.</summary>
    public int MatchAt(string text, List<WordToken> tokens, int i) => Match(text, tokens, i).Length;

    /// <summary>The agent from token <paramref name="i"/>: its length in tokens (0: none) and its code, if listed ("COP").</summary>
    public (int Length, string? Code) Match(string text, List<WordToken> tokens, int i)
    {
        var word = tokens[i].In(text);
        string[]? longest = null;
        if (_phrases.TryGetValue(word, out var phrases))
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length > (longest?.Length ?? 0) && PhraseAt(text, tokens, i, phrase))
                {
                    longest = phrase;
                }
            }
        }

        return longest is not null ? (longest.Length, _phraseCodes.GetValueOrDefault(longest))
            : IsAgent(word) ? (1, WordCode(word)) : (0, null);
    }

    // A listed word's code, or its singular's ("rebels" -> "rebel", "militias" -> "militia", "ministries" -> "ministry").
    private string? WordCode(ReadOnlySpan<char> word)
    {
        if (_wordCodes.TryGetValue(word, out var code))
        {
            return code;
        }

        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            Span<char> singular = stackalloc char[word.Length - 2];
            word[..^3].CopyTo(singular);
            singular[^1] = 'y';
            return _wordCodes.TryGetValue(singular, out code) ? code : null;
        }

        return (word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && _wordCodes.TryGetValue(word[..^2], out code))
            || (word.EndsWith('s') && _wordCodes.TryGetValue(word[..^1], out code)) ? code : null;
    }

    /// <summary>Whether one word is an agent noun, singular or with a regular plural ("rebels", "militias", "ministries").</summary>
    public bool IsAgent(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        if (_wordLookup.Contains(word))
        {
            return true;
        }

        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            Span<char> singular = stackalloc char[word.Length - 2];
            word[..^3].CopyTo(singular);
            singular[^1] = 'y';
            return _wordLookup.Contains(singular);
        }

        return (word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && _wordLookup.Contains(word[..^2]))
            || (word.EndsWith('s') && _wordLookup.Contains(word[..^1]));
    }

    private bool PhraseAt(string text, List<WordToken> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            var token = tokens[i + k];
            if (token.Boundary || !(k == phrase.Length - 1 ? CameoVerbMatcher.Matches(token.In(text), phrase[k]) : token.In(text).Equals(phrase[k], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    private static AgentNouns Load()
    {
        using var stream = typeof(AgentNouns).Assembly.GetManifestResourceStream("Readout.Events.Data.Phoenix.agents.txt")
            ?? throw new InvalidOperationException("Missing embedded Phoenix agents dictionary.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads entries (<c>WORD</c>, <c>MULTI_WORD {PLURALS}</c> with <c>[~CODE]</c>); <c>!SET!</c> substitutions are expanded.</summary>
    internal static AgentNouns Parse(TextReader reader)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(Extra, StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        var wordCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var phraseCodes = new Dictionary<string[], string>(ReferenceEqualityComparer.Instance);
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line[0] == '!' && equals > 0)
            {
                sets[line[..equals].Trim()] = [.. line[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                continue;
            }

            var end = line.IndexOfAny(['[', '#']);
            var head = (end >= 0 ? line[..end] : line).Replace('{', ' ').Replace('}', ' ');
            var entries = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "!MINIST! FOR_HEALTH": the set word is the agent; the rest only narrows its code, so that code is not kept.
            var narrowed = entries[0][0] == '!' && entries.Length > 1;
            var code = narrowed ? null : Code(line);
            foreach (var entry in entries[0][0] == '!' ? entries[..1] : entries)
            {
                foreach (var form in Expand(entry, sets))
                {
                    Add(form, code, words, phrases, wordCodes, phraseCodes);
                }
            }
        }

        return new AgentNouns(words, phrases, wordCodes, phraseCodes);
    }

    private static IEnumerable<string> Expand(string entry, Dictionary<string, string[]> sets)
    {
        foreach (var (name, members) in sets)
        {
            if (entry.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return members.Select(m => entry.Replace(name, m, StringComparison.OrdinalIgnoreCase));
            }
        }

        return [entry];
    }

    // "[~COP]" (added after the actor's code) or "[IGO~]": the code without its "~".
    private static string? Code(string line)
    {
        var open = line.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : line.IndexOf(']', open);
        var code = close > open ? line[(open + 1)..close].Trim().Trim('~') : "";
        return code.Length > 0 ? code : null;
    }

    private static void Add(string entry, string? code, HashSet<string> words, Dictionary<string, List<string[]>> phrases,
        Dictionary<string, string> wordCodes, Dictionary<string[], string> phraseCodes)
    {
        var parts = entry.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p.Contains('!', StringComparison.Ordinal)))
        {
            return;
        }

        if (parts.Length == 1)
        {
            words.Add(parts[0].TrimEnd('.'));
            if (code is not null)
            {
                wordCodes.TryAdd(parts[0].TrimEnd('.'), code);
            }
        }
        else
        {
            if (!phrases.TryGetValue(parts[0], out var list))
            {
                phrases[parts[0]] = list = [];
            }

            list.Add(parts);
            if (code is not null)
            {
                phraseCodes[parts] = code;
            }
        }
    }
}
