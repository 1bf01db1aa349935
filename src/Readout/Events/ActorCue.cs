using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Who could act in a CAMEO event: a person, organisation or place the annotation stage found, another proper name
/// (a country the gazetteer lacks, a demonym), or a generic agent of PETRARCH-2's agents dictionary ("police",
/// "rebels", "cabinet minister"), or a phrase of PETRARCH-2's actor dictionaries (<see cref="ActorDictionary"/>:
/// countries, capitals, leaders, organisations), which also gives the actor's CAMEO code ("RUS", "USAGOV").
/// PETRARCH-2 codes a verb only between a source and a target actor, so <see cref="Frames"/> asks for an actor
/// before the verb and one after it.
/// </summary>
/// <param name="dictionary">Named actors with codes; none: names and agents only.</param>
/// <param name="date">The day the actor codes are resolved for (a leader's office has dates).</param>
/// <param name="capitalisedNames">
/// Whether any other capitalised word counts as a name. False reproduces PETRARCH-2, which knows only its
/// dictionaries' actors (used with its test dictionary on its unit tests).
/// </param>
internal sealed class ActorCue(string body, Annotations annotations, ActorDictionary? dictionary = null, DateOnly? date = null,
    bool capitalisedNames = true)
{
    // Capitalised words that are not names: sentence openers, weekdays, months, titles.
    private static readonly HashSet<string> NotNames = new(
        ["the", "a", "an", "it", "its", "they", "he", "she", "we", "i", "this", "that", "these", "those", "there", "in",
         "on", "at", "after", "before", "when", "while", "as", "but", "and", "or", "if", "since", "for", "from", "to", "by",
         "with", "of", "some", "many", "most", "all", "one", "two", "three", "several", "thousands", "hundreds", "dozens",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr",
         "however", "meanwhile", "earlier", "later", "also", "no", "not", "nor", "yet", "so", "then", "here", "what", "why",
         "how", "who", "where", "according", "despite", "under", "over", "during", "about", "against", "until", "upon"],
        StringComparer.OrdinalIgnoreCase);

    // Subject pronouns: a reported clause's "it" or "they" stands for the speaker ("Gondor said it would ...").
    private static readonly HashSet<string> Pronouns = new(["it", "they", "he", "she", "we"], StringComparer.OrdinalIgnoreCase);

    private TextSpan _cachedSentence = new(-1, -1);
    private readonly List<WordToken> _tokens = [];
    private readonly List<bool> _actor = [];
    private readonly List<string?> _codes = [];
    private readonly List<string?> _agentCodes = [];
    private bool _discarded;

    /// <summary>
    /// Whether <paramref name="trigger"/> has a source (an actor in its subject region, see <see cref="ClauseRoles"/>;
    /// for a pronoun subject, an actor of the clause before) and a target (an actor in its object region): PETRARCH-2
    /// codes no event with only one side ("rebels attacked on Monday"), nor in a sentence holding one of its discard
    /// phrases (sport, disasters; see <see cref="DiscardPhrases"/>).
    /// </summary>
    public bool Frames(TextSpan sentence, TextSpan trigger)
    {
        Mark(sentence);
        if (_discarded)
        {
            return false;
        }

        var (first, last) = TokenRange(trigger);
        var from = ClauseRoles.SubjectStart(body, _tokens, first);
        var to = ClauseRoles.ObjectEnd(body, _tokens, last);
        bool source = false, target = false;
        for (var k = from; k < to; k++)
        {
            if (_actor[k])
            {
                source |= k < first;
                target |= k > last;
            }
        }

        if (!source && from > 0 && HasPronoun(from, first))
        {
            // "Gondor said it would attack Arnor": a pronoun subject stands for the speaker's clause's actor.
            for (var k = 0; k < from && !source; k++)
            {
                source = _actor[k];
            }
        }

        return source && (target || PairedSource(from, first));
    }

    /// <summary>
    /// The dictionary codes of a framed verb's source and target: the first coded actor of its subject region (for
    /// a pronoun subject, of the clause before) and of its object region; in "A and B agreed" B is the target.
    /// </summary>
    public (string? Source, string? Target) Codes(TextSpan sentence, TextSpan trigger)
    {
        Mark(sentence);
        var (first, last) = TokenRange(trigger);
        var from = ClauseRoles.SubjectStart(body, _tokens, first);
        var to = ClauseRoles.ObjectEnd(body, _tokens, last);
        var source = FirstCode(from, first, null) ?? (HasPronoun(from, first) ? FirstCode(0, from, null) : null);
        return (source, FirstCode(last + 1, to, null) ?? FirstCode(from, first, source));
    }

    // The first actor code in [from, to) other than the one given; else the first agent's ("---COP").
    private string? FirstCode(int from, int to, string? other)
    {
        for (var k = from; k < to; k++)
        {
            if (_codes[k] is { } code && code != other && code != ActorDictionary.Unknown)
            {
                return code;
            }
        }

        for (var k = from; k < to; k++)
        {
            if (_agentCodes[k] is { } agent && ActorCodes.AgentOnly(agent) is var code && code != other)
            {
                return code;
            }
        }

        return null;
    }

    private bool HasPronoun(int from, int to)
    {
        var lookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = from; k < to; k++)
        {
            if (!_tokens[k].Boundary && lookup.Contains(_tokens[k].In(body)))
            {
                return true;
            }
        }

        return false;
    }

    // The tokens the trigger covers: from the first that starts in it to the last that ends in it.
    private (int First, int Last) TokenRange(TextSpan trigger)
    {
        var first = _tokens.Count;
        var last = -1;
        for (var k = 0; k < _tokens.Count; k++)
        {
            var token = _tokens[k];
            if (token.Start >= trigger.Start && token.Start + token.Length <= trigger.End)
            {
                first = Math.Min(first, k);
                last = k;
            }
        }

        return last < 0 ? (0, -1) : (first, last);
    }

    // "Gondor and Arnor renewed ties": two actors joined by "and" before the verb act on each other.
    private bool PairedSource(int from, int verb)
    {
        var seenActor = false;
        var joined = false;
        for (var k = from; k < verb; k++)
        {
            var word = _tokens[k].In(body);
            if (_actor[k])
            {
                if (joined)
                {
                    return true;
                }

                seenActor = true;
            }
            else if (seenActor && word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                joined = true;
            }
            else if (!word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                seenActor = joined = false;
            }
        }

        return false;
    }

    /// <summary>The same test on a bare sentence, with no annotations (names, agent nouns and the dictionary given).</summary>
    internal static bool Frames(string text, TextSpan sentence, TextSpan trigger, ActorDictionary? dictionary = null,
        bool capitalisedNames = true) =>
        new ActorCue(text, Annotations.Empty, dictionary, null, capitalisedNames).Frames(sentence, trigger);

    private void Mark(TextSpan sentence)
    {
        if (sentence == _cachedSentence)
        {
            return;
        }

        _cachedSentence = sentence;
        WordTokens.Split(body, sentence.Start, sentence.Length, _tokens);
        _discarded = DiscardPhrases.Default.In(body, _tokens);
        _actor.Clear();
        _codes.Clear();
        _agentCodes.Clear();
        var agents = AgentNouns.Default;
        var notNames = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWord = _tokens.FindIndex(t => !t.Boundary);
        var agentUntil = -1;
        var namedUntil = -1;
        string? named = null;
        string? agentCodeNow = null;
        for (var k = 0; k < _tokens.Count; k++)
        {
            var token = _tokens[k];
            if (token.Boundary)
            {
                _actor.Add(false);
                _codes.Add(null);
                _agentCodes.Add(null);
                continue;
            }

            // A dictionary phrase starts capitalised: "us" is no USA, "chad" no country.
            if (k > namedUntil && dictionary is not null && char.IsUpper(body[token.Start])
                && dictionary.MatchAt(body, _tokens, k, date) is { } match)
            {
                namedUntil = k + match.Length - 1;
                named = match.Code;
            }

            _codes.Add(k <= namedUntil ? named : null);

            if (k > agentUntil && agents.Match(body, _tokens, k) is ( > 0, var agentCode) agent)
            {
                agentUntil = k + agent.Length - 1;
                agentCodeNow = agentCode;
            }

            _agentCodes.Add(k <= agentUntil ? agentCodeNow : null);

            var word = token.In(body);
            var name = capitalisedNames && char.IsUpper(word[0]) && !notNames.Contains(word) && (k != firstWord || LooksLikeOpeningName(word));
            _actor.Add(k <= agentUntil || k <= namedUntil || name || InMention(token));
        }

        if (dictionary is not null)
        {
            ActorCodes.Compose(body, _tokens, _codes, _agentCodes);
        }
    }

    /// <summary>Whether token <paramref name="k"/> (not a sentence's first) is a proper name or an agent noun.</summary>
    internal static bool IsNameOrAgent(string text, List<WordToken> tokens, int k)
    {
        var word = tokens[k].In(text);
        return (char.IsUpper(word[0]) && !NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            || AgentNouns.Default.MatchAt(text, tokens, k) > 0;
    }

    // A sentence's first word is capitalised anyway: it names an actor unless it reads as a verb or adverb.
    private static bool LooksLikeOpeningName(ReadOnlySpan<char> word) =>
        !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
        && CameoVerbDictionary.Default.Find(word) is null;

    private bool InMention(WordToken token)
    {
        foreach (var m in annotations.Mentions)
        {
            if (m.Kind is MentionKind.Person or MentionKind.Organization or MentionKind.Place
                && m.Span.Start < token.Start + token.Length && token.Start < m.Span.End)
            {
                return true;
            }
        }

        return false;
    }
}
