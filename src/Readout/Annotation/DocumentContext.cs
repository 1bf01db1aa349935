using System.Runtime.InteropServices;
using Readout.Annotation.Actors;
using Readout.Annotation.Entities;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation;

/// <summary>A mention found by a recognizer before coreference fixes its final key.</summary>
internal sealed record MentionDraft(MentionKind Kind, TextSpan Span, string Key, string Name)
{
    public string? Role { get; init; }
    public string? Country { get; init; }

    /// <summary>For people: folded given name and surname (surname-only mentions have no given name).</summary>
    public string? Given { get; init; }
    public string? Surname { get; init; }

    /// <summary>A title standing for a person ("the minister"); never the entity's best name.</summary>
    public bool IsNominal { get; init; }
}

/// <summary>
/// Per-document working state shared by the recognizers: the tokens and which of them a higher-priority
/// recognizer already claimed (treaties before organisations before people before places), so one
/// stretch of text yields one mention.
/// </summary>
internal sealed class DocumentContext
{
    private readonly bool[] _claimed;
    private readonly Dictionary<string, PlaceEntry> _learned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceEntry>.AlternateLookup<ReadOnlySpan<char>> _learnedLookup;

    /// <summary>Places known before reading: the shipped gazetteer plus any user additions.</summary>
    public Gazetteer Gazetteer { get; }

    // Above this many tokens, whole-document word questions are answered from an index built on first use
    // instead of a scan per question, which on a book-sized body made those passes quadratic.
    private const int ScanLimit = 4096;
    // Counted, not just present: a person mention later retyped (CuedOverPerson) must stop counting as a name.
    private readonly Dictionary<string, int> _personSurnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _personNames = new(StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _lowerWords;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _pluralStems;

    /// <summary>Office holders whose listed names mark a run as a person (the annotator's dictionary; null: none).</summary>
    public ActorDictionary? Actors { get; init; }

    /// <summary>Whether the document is sports writing, once <see cref="SportsWriting"/> has asked (null: not yet).</summary>
    public bool? SportsWriting { get; set; }

    public DocumentContext(string text, Gazetteer? gazetteer = null)
    {
        Gazetteer = gazetteer ?? Gazetteer.Shared;
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Lines = new DocumentLines(Tokens);
        _claimed = new bool[Tokens.Length];
        _learnedLookup = _learned.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Text { get; }
    public Token[] Tokens { get; }

    /// <summary>The tokens' lines, for the recognizers that read a table or list row by row.</summary>
    public DocumentLines Lines { get; }
    public List<MentionDraft> Mentions { get; } = [];

    public ReadOnlySpan<char> Word(int index) => Tokens[index].Of(Text);

    public bool Is(int index, string word) => index < Tokens.Length && Word(index).SequenceEqual(word);

    /// <summary>
    /// True when a token of the document is one of <paramref name="words"/> (a context cue: cricket, the press, a
    /// league season); tokens outside the words' lengths are skipped unread.
    /// </summary>
    public bool HasWord(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, int minLength, int maxLength, bool lowerCaseOnly = false)
    {
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (Tokens[i].Length >= minLength && Tokens[i].Length <= maxLength && (!lowerCaseOnly || Tokens[i].Shape == TokenShape.Lower) && words.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsClaimed(int index) => _claimed[index];

    public bool IsFree(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (_claimed[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a line break separates token <paramref name="index"/> from the token before it. HTML-derived
    /// bodies put headings, bylines and captions on their own lines, so no name or title run may cross one.
    /// </summary>
    public bool BreakBefore(int index)
    {
        if (index <= 0 || index >= Tokens.Length)
        {
            return false;
        }

        return Tokens[index].LineBreakBefore;
    }

    /// <summary>
    /// Longest place phrase at token <paramref name="index"/>: the shipped gazetteer first, then the one-word
    /// demonyms and country names this document taught <see cref="DemonymFallback"/>; 0 when none.
    /// </summary>
    public int MatchPlace(int index, out PlaceEntry entry)
    {
        entry = default!;
        if (index < 0 || index >= Tokens.Length)
        {
            return 0;
        }

        int n = Gazetteer.Match(Text, Tokens, index, out entry);
        if (n > 0 || _learned.Count == 0)
        {
            return n;
        }

        return TryGetPlace(Word(index), out entry) ? 1 : 0;
    }

    /// <summary>Exact place phrase lookup (gazetteer, then what this document learned).</summary>
    public bool TryGetPlace(ReadOnlySpan<char> phrase, out PlaceEntry entry)
        => Gazetteer.TryGet(phrase, out entry) || _learned.Count > 0 && _learnedLookup.TryGetValue(phrase, out entry!);

    /// <summary>Records a demonym the fallback derived, and its country's bare name, for the rest of this document.</summary>
    public void LearnCountry(string demonym, PlaceEntry country)
    {
        _learned.TryAdd(demonym, country with { Form = PlaceForm.Demonym });
        _learned.TryAdd(country.Country, country with { Form = PlaceForm.Country });
    }

    public TextSpan SpanOf(int startToken, int endToken) => new(Tokens[startToken].Start, Tokens[endToken - 1].End);

    /// <summary>Records a mention covering tokens [start, end) and claims them.</summary>
    public void Add(MentionDraft draft, int startToken, int endToken)
    {
        Array.Fill(_claimed, true, startToken, endToken - startToken);
        Mentions.Add(draft);
        CountPersonNames(draft, +1);
    }

    /// <summary>Claims tokens [start, end) without a mention: words a table's layout says name nothing (a poll header's month).</summary>
    public void Claim(int startToken, int endToken) => Array.Fill(_claimed, true, startToken, endToken - startToken);

    /// <summary>Replaces the mention at <paramref name="index"/> (same tokens, e.g. a person found to be a firm).</summary>
    public void Replace(int index, MentionDraft draft)
    {
        CountPersonNames(Mentions[index], -1);
        Mentions[index] = draft;
        CountPersonNames(draft, +1);
    }

    private void CountPersonNames(MentionDraft draft, int delta)
    {
        if (draft.Kind != MentionKind.Person)
        {
            return;
        }

        if (draft.Surname is { } surname)
        {
            Count(_personSurnames, surname, delta);
            Count(_personNames, surname, delta);
        }

        if (draft.Given is { } given)
        {
            Count(_personNames, given, delta);
        }

        static void Count(Dictionary<string, int> counts, string name, int delta)
        {
            ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, name, out _);
            count += delta;
            if (count <= 0)
            {
                counts.Remove(name);
            }
        }
    }

    /// <summary>Whether a person mention found so far has this folded surname.</summary>
    public bool IsPersonSurname(string folded) => _personSurnames.ContainsKey(folded);

    /// <summary>Whether a person mention found so far has this folded surname or given name.</summary>
    public bool IsPersonName(string folded) => _personNames.ContainsKey(folded);

    /// <summary>Whether the document also writes <paramref name="word"/> as a lower-case token (any case of it).</summary>
    public bool WrittenLower(ReadOnlySpan<char> word)
    {
        if (Tokens.Length <= ScanLimit)
        {
            foreach (var t in Tokens)
            {
                if (t.Shape == TokenShape.Lower && t.Length == word.Length && t.Of(Text).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        _lowerWords ??= WordIndex(StringComparer.OrdinalIgnoreCase, t => t.Shape == TokenShape.Lower, trimEnd: 0);
        return _lowerWords.Value.Contains(word);
    }

    /// <summary>Whether the document also writes <paramref name="word"/> with a plural "s" as a capitalised token ("Serb", "Serbs").</summary>
    public bool HasCapitalizedPlural(ReadOnlySpan<char> word)
    {
        if (Tokens.Length <= ScanLimit)
        {
            foreach (var t in Tokens)
            {
                if (t.Length == word.Length + 1 && t.Shape == TokenShape.Capitalized && Text[t.End - 1] == 's' && t.Of(Text).StartsWith(word))
                {
                    return true;
                }
            }

            return false;
        }

        _pluralStems ??= WordIndex(StringComparer.Ordinal, t => t.Shape == TokenShape.Capitalized && Text[t.End - 1] == 's', trimEnd: 1);
        return _pluralStems.Value.Contains(word);
    }

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordIndex(StringComparer comparer, Func<Token, bool> include, int trimEnd)
    {
        var words = new HashSet<string>(comparer);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in Tokens)
        {
            if (t.Length > trimEnd && include(t))
            {
                var word = t.Of(Text)[..^trimEnd];
                if (!lookup.Contains(word))
                {
                    words.Add(word.ToString());
                }
            }
        }

        return lookup;
    }
}
