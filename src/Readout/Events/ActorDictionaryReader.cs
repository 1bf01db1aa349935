using System.Globalization;
using Readout.Helpers;

namespace Readout.Events;

/// <summary>
/// Reads PETRARCH-2's TABARI-style actor files. A record is a head phrase, optional <c>+</c> synonym lines and
/// optional indented code lines; codes may also follow a phrase on its line:
/// <code>
/// AFGHANISTAN_  [AFG]
/// +KABUL_
/// AHMAD_SHAH_AHMADZAI_  # comment
///     [AFGELI 620101-950101]
///     [AFGGOV &gt;950101]
///     [AFGELI]
/// </code>
/// Words are joined by <c>_</c> or blanks (a final <c>_</c> is the old TABARI "no stemming" mark: PETRARCH-2 matches
/// whole words anyway). A code is <c>[CODE]</c> (the default) or <c>[CODE restriction]</c> with <c>&lt;date</c>,
/// <c>&gt;date</c> or <c>date-date</c>, dates as YYYYMMDD or YYMMDD (YY 00–30 is 20YY). <c>#</c> starts a comment;
/// a line starting with <c>&lt;</c> is an XML comment. Phrase words are split as <see cref="WordTokens"/> splits text
/// ("U.S." is "U" "S", "Russia's" is "Russia" "'s"), so phrases and sentences meet token for token.
/// </summary>
internal sealed class ActorDictionaryReader
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly List<WordToken> _tokens = [];
    private ActorEntry? _entry;
    private bool _countries;

    public Dictionary<string, List<ActorPhrase>> ByFirstWord { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int Phrases { get; private set; }

    /// <summary>The three-letter default codes of the country files read ("RUS", "AFG"): CAMEO's country codes.</summary>
    public HashSet<string> CountryCodes { get; } = new(StringComparer.Ordinal);

    /// <param name="reader">An actor file.</param>
    /// <param name="countries">Whether it lists countries, so that its three-letter default codes are country codes.</param>
    public void Read(TextReader reader, bool countries = false)
    {
        _countries = countries;
        _entry = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = DictionaryLine.Content(raw).Trim();
            if (line.IsEmpty || line[0] == '<')
            {
                continue;
            }

            var bracket = line.IndexOf('[');
            var phrase = bracket >= 0 ? line[..bracket] : line;
            if (!phrase.IsEmpty && phrase[0] == '+')
            {
                _entry ??= new ActorEntry();
                AddPhrase(phrase[1..].ToString());
            }
            else if (!phrase.Trim().IsEmpty)
            {
                _entry = new ActorEntry();
                AddPhrase(phrase.ToString());
            }

            if (bracket >= 0 && _entry is not null)
            {
                AddCodes(line[bracket..], _entry);
            }
        }
    }

    // "_" is no word character, so the tokenizer splits at it as at a blank.
    private void AddPhrase(string phrase)
    {
        WordTokens.Split(phrase, 0, phrase.Length, _tokens);
        _tokens.RemoveAll(t => t.Boundary);
        if (_tokens.Count == 0)
        {
            return;
        }

        var rest = _tokens.Count == 1 ? [] : new string[_tokens.Count - 1];
        for (var k = 1; k < _tokens.Count; k++)
        {
            rest[k - 1] = Intern(_tokens[k].In(phrase));
        }

        var first = Intern(_tokens[0].In(phrase));
        if (!ByFirstWord.TryGetValue(first, out var list))
        {
            ByFirstWord[first] = list = [];
        }

        list.Add(new ActorPhrase(rest, _entry!));
        Phrases++;
    }

    // "[AFGGOV 331108-730717] [ELI]": each bracket is a code, with or without a date restriction.
    private void AddCodes(ReadOnlySpan<char> rest, ActorEntry entry)
    {
        while (rest.IndexOf('[') is var open and >= 0 && rest[open..].IndexOf(']') is var length and > 0)
        {
            var inside = rest.Slice(open + 1, length - 1).Trim();
            rest = rest[(open + length + 1)..];
            var space = inside.IndexOfAny(' ', '\t');
            var code = Intern((space < 0 ? inside : inside[..space]).ToString().ToUpperInvariant().AsSpan());
            if (code.Length == 0)
            {
                continue;
            }

            if (space < 0)
            {
                entry.DefaultCode = code;
                if (_countries && code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[2]))
                {
                    CountryCodes.Add(code);
                }
            }
            else if (Restriction(inside[(space + 1)..].Trim()) is var (from, to))
            {
                entry.Dated.Add(new DatedCode(code, from, to));
            }
        }
    }

    private static (int From, int To)? Restriction(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (text[0] is '<' or '>')
        {
            if (Day(text[1..].Trim()) is not { } day)
            {
                return null;
            }

            return text[0] == '<' ? (int.MinValue, day) : (day, int.MaxValue);
        }

        var dash = text.IndexOf('-');
        return dash > 0 && Day(text[..dash].Trim()) is { } start && Day(text[(dash + 1)..].Trim()) is { } end ? (start, end) : null;
    }

    /// <summary>A YYYYMMDD or YYMMDD date as a day number (PETRARCH-2: YY 00–30 is 20YY, else 19YY); null if invalid.</summary>
    internal static int? Day(ReadOnlySpan<char> text)
    {
        if (text.Length < 6 || !int.TryParse(text[..Math.Min(text.Length, 8)], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        int year, month, day;
        if (text.Length <= 7)
        {
            year = int.Parse(text[..2], CultureInfo.InvariantCulture);
            year += year <= 30 ? 2000 : 1900;
            month = int.Parse(text.Slice(2, 2), CultureInfo.InvariantCulture);
            day = int.Parse(text.Slice(4, 2), CultureInfo.InvariantCulture);
        }
        else
        {
            year = int.Parse(text[..4], CultureInfo.InvariantCulture);
            month = int.Parse(text.Slice(4, 2), CultureInfo.InvariantCulture);
            day = int.Parse(text.Slice(6, 2), CultureInfo.InvariantCulture);
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).DayNumber
            : null;
    }

    // One string per distinct word ("AL", "MINISTER" recur thousands of times); no allocation for a word seen before.
    private string Intern(ReadOnlySpan<char> word)
    {
        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var shared))
        {
            return shared;
        }

        var text = word.ToString();
        _pool[text] = text;
        return text;
    }
}
