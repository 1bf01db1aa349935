using Readout.Helpers;

namespace Readout.Events;

/// <summary>
/// Phrases that make PETRARCH-2 skip a sentence: sport ("football", "world cup"), disasters and disease ("typhoon",
/// "bird flu"), history ("world war ii"), read from its discard list (<c>Phoenix.discards.txt</c>,
/// Open Event Data Alliance, MIT licence; shipped unmodified as an embedded resource). Story-level entries
/// (<c>+</c>) are applied to the sentence too: Readout codes each sentence on its own here.
/// </summary>
internal sealed class DiscardPhrases
{
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private DiscardPhrases(Dictionary<string, List<string[]>> byFirstWord) =>
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public static DiscardPhrases Default => Lazy.Value;

    private static readonly Lazy<DiscardPhrases> Lazy = new(Load);

    /// <summary>Whether the tokens hold a discard phrase (whole words; the last may be plural).</summary>
    public bool In(string text, List<WordToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Boundary || !_byFirstWord.TryGetValue(tokens[i].In(text), out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (At(text, tokens, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool At(string text, List<WordToken> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            var token = tokens[i + k];
            if (token.Boundary || !CameoVerbMatcher.Matches(token.In(text), phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static DiscardPhrases Load()
    {
        using var stream = typeof(DiscardPhrases).Assembly.GetManifestResourceStream("Readout.Events.Data.Phoenix.discards.txt")
            ?? throw new InvalidOperationException("Missing embedded Phoenix discard list.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static DiscardPhrases Parse(TextReader reader)
    {
        var byFirstWord = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } raw)
        {
            var line = DictionaryLine.Content(raw).Trim().TrimStart('+').Trim().ToString();
            var words = line.ToLowerInvariant().Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries);
            // Bare years (1914-2013) date Phoenix's live feed: for it, a year was history. Readout codes documents of
            // any date, so they are not discards here.
            if (words.Length == 0 || (words.Length == 1 && words[0].All(char.IsAsciiDigit)))
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add(words);
        }

        return new DiscardPhrases(byFirstWord);
    }
}
