using System.Diagnostics;

namespace Readout.Events;

/// <summary>An actor phrase found in a sentence: how many tokens it covers and its CAMEO actor code ("RUS", "USAGOV").</summary>
internal readonly record struct ActorMatch(int Length, string Code);

/// <summary>
/// Named actors in PETRARCH-2's TABARI actor format: countries and their capitals, demonyms, leaders (with the dates
/// of their offices), international organisations and militant groups. Read from the Phoenix actor dictionaries
/// (<c>Phoenix.Countries/International/MilNonState.actors.txt</c>, Open Event Data Alliance, MIT licence; shipped
/// unmodified as embedded resources) and loaded once, on first use: only CAMEO coding with the verb dictionary asks.
/// Phrases are keyed by their first word; the longest phrase that matches at a token wins.
/// </summary>
internal sealed class ActorDictionary
{
    private static readonly string[] Resources =
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    private static readonly Lazy<ActorDictionary> Lazy = new(Load);

    /// <summary>The code of an actor the dictionary knows but does not place ("[---]").</summary>
    public const string Unknown = "---";

    private readonly Dictionary<string, ActorPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private ActorDictionary(Dictionary<string, ActorPhrase[]> byFirstWord, int phrases, HashSet<string> countryCodes)
    {
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = phrases;
        CountryCodes = countryCodes;
    }

    /// <summary>The Phoenix dictionaries, loaded on first use.</summary>
    public static ActorDictionary Default => Lazy.Value;

    /// <summary>Whether <see cref="Default"/> has been loaded (the diplomatic pipeline must never load it).</summary>
    internal static bool DefaultLoaded => Lazy.IsValueCreated;

    /// <summary>How long loading <see cref="Default"/> took (zero until it is loaded).</summary>
    internal static TimeSpan LoadTime { get; private set; }

    /// <summary>The number of phrases (head entries and synonyms).</summary>
    public int Count { get; }

    /// <summary>CAMEO's country codes: the three-letter default codes of the first (countries) file ("RUS", "AFG").</summary>
    public IReadOnlySet<string> CountryCodes { get; }

    /// <summary>
    /// The longest actor phrase starting at token <paramref name="i"/>, with its code on <paramref name="date"/>
    /// (an office held then; without a date, the entry's default or its latest dated code), or null. A phrase whose
    /// only codes are dated and none covers the date names no actor then.
    /// </summary>
    public ActorMatch? MatchAt(string text, List<WordToken> tokens, int i, DateOnly? date)
    {
        if (tokens[i].Boundary || !_byFirstWord.TryGetValue(tokens[i].In(text), out var phrases))
        {
            return null;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.MatchesAfter(text, tokens, i) && phrase.Entry.CodeOn(date) is { } code)
            {
                return new ActorMatch(phrase.Rest.Length + 1, code);
            }
        }

        return null;
    }

    private static ActorDictionary Load()
    {
        var clock = Stopwatch.StartNew();
        var readers = Resources.Select(name => new StreamReader(
            typeof(ActorDictionary).Assembly.GetManifestResourceStream("Readout.Events.Data." + name)
            ?? throw new InvalidOperationException($"Missing embedded actor dictionary {name}."))).ToList();
        try
        {
            var dictionary = Parse([.. readers]);
            LoadTime = clock.Elapsed;
            return dictionary;
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    /// <summary>
    /// Reads one or more actor files into one dictionary (see <see cref="ActorDictionaryReader"/>). The first is the
    /// countries file: its three-letter default codes are the <see cref="CountryCodes"/>.
    /// </summary>
    internal static ActorDictionary Parse(params TextReader[] readers)
    {
        var builder = new ActorDictionaryReader();
        for (var k = 0; k < readers.Length; k++)
        {
            builder.Read(readers[k], countries: k == 0);
        }

        var grouped = new Dictionary<string, ActorPhrase[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (first, list) in builder.ByFirstWord)
        {
            // Longest first, so the first phrase that matches is the longest; a later duplicate never wins.
            grouped[first] = [.. list.OrderByDescending(p => p.Rest.Length)];
        }

        return new ActorDictionary(grouped, builder.Phrases, builder.CountryCodes);
    }
}

/// <summary>A phrase of the actor dictionary: its words after the first (which keys it) and the entry it names.</summary>
internal sealed record ActorPhrase(string[] Rest, ActorEntry Entry)
{
    /// <summary>Whether the words after token <paramref name="i"/> continue the phrase, with no clause boundary between.</summary>
    public bool MatchesAfter(string text, List<WordToken> tokens, int i)
    {
        if (i + Rest.Length >= tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < Rest.Length; k++)
        {
            var token = tokens[i + 1 + k];
            if (token.Boundary || !token.In(text).Equals(Rest[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One actor's codes: a default (may be null) and date-restricted codes, tried in order.</summary>
internal sealed class ActorEntry
{
    public string? DefaultCode { get; set; }

    public List<DatedCode> Dated { get; } = [];

    /// <summary>The code on a date: the first restriction covering it, else the default; without a date the default or the last dated code.</summary>
    public string? CodeOn(DateOnly? date)
    {
        if (date is not { } day)
        {
            return DefaultCode ?? (Dated.Count > 0 ? Dated[^1].Code : null);
        }

        var number = day.DayNumber;
        foreach (var dated in Dated)
        {
            if (number >= dated.From && number <= dated.To)
            {
                return dated.Code;
            }
        }

        return DefaultCode;
    }
}

/// <summary>A code that applies between two day numbers, both included (<c>&lt;date</c> and <c>&gt;date</c> leave one side open).</summary>
internal readonly record struct DatedCode(string Code, int From, int To);
