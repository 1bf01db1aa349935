using System.Text;

namespace Readout.Annotation.Names;

/// <summary>
/// Folds a name token to a spelling-independent form so transliteration variants share one key:
/// Sergey/Sergei, Alexey/Alexei/Aleksei, Navalny/Navalnyy, Zelensky/Zelenskyy/Zelenskiy, Yury/Yuri,
/// Valkov/Valkoff, Antony/Anthony. The rules are generic romanisation differences (BGN/PCGN vs
/// scholarly vs French/German systems, English "th"), not a list of people.
/// </summary>
internal static class NameFolding
{
    // Hypocoristic (and its folded form) → the folded full name: "joe" → "josef".
    private static readonly Dictionary<string, string> Hypocoristics = LoadHypocoristics();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> HypocoristicLookup = Hypocoristics.GetAlternateLookup<ReadOnlySpan<char>>();

    // Names longer than this fold on the heap; all real ones fit on the stack.
    private const int StackLimit = 128;

    /// <summary>Folds one name token ("Zelenskyy" → "zelensky").</summary>
    public static string FoldToken(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length < StackLimit ? stackalloc char[token.Length + 1] : new char[token.Length + 1];
        return new string(Fold(token, buffer));
    }

    /// <summary>
    /// <see cref="FoldToken"/> without a string: the folded form written into <paramref name="buffer"/> (at least one
    /// character longer than the token), for lookups by span.
    /// </summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> token, Span<char> buffer)
    {
        int n = BasicLetters(token, buffer, digits: true);

        // Digraphs that only differ by romanisation system.
        n = Replace(buffer, n, "ks", "x");
        n = Replace(buffer, n, "kh", "h");
        n = Replace(buffer, n, "th", "t");
        n = Replace(buffer, n, "ph", "f");
        n = Replace(buffer, n, "ck", "k");
        n = Replace(buffer, n, "tch", "ch");
        n = Replace(buffer, n, "sch", "sh");
        n = Replace(buffer, n, "dzh", "j");
        var s = buffer;
        if (n > 3 && s[0] == 'y' && s[1] == 'e' && !IsVowel(s[2]))
        {
            s = s[1..]; // Yevgeny / Evgeny
            n--;
        }

        // Endings: -iy, -ij, -yi, -ii, -i and -y are one Cyrillic ending "-ий/-ый/-и/-й".
        if (EndsWith(s, n, "ij") || EndsWith(s, n, "iy") || EndsWith(s, n, "yi"))
        {
            s[n - 2] = 'y';
            n--;
        }
        else if (n > 2 && s[n - 1] == 'i')
        {
            s[n - 1] = 'y';
        }

        // German/French renderings of -ов/-ев: Valkoff, Lawrow (a single final "f" stays: Josef).
        if (n > 4 && (EndsWith(s, n, "off") || EndsWith(s, n, "eff")))
        {
            s[n - 2] = 'v';
            n--;
        }
        else if (n > 3 && (EndsWith(s, n, "ow") || EndsWith(s, n, "ew")))
        {
            s[n - 1] = 'v';
        }

        n = CollapseDoubles(s, n);
        if (n > 4 && EndsWith(s, n, "dr"))
        {
            s[n - 1] = 'e'; // Aleksandr / Alexander
            s[n++] = 'r';
        }

        return s[..n];
    }

    /// <summary>Folds a given name, mapping hypocoristics to the full form (Joe → joseph, Tony → antony).</summary>
    public static string FoldGivenName(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length < StackLimit ? stackalloc char[token.Length + 1] : new char[token.Length + 1];
        return new string(FoldGivenName(token, buffer));
    }

    /// <summary><see cref="FoldGivenName(ReadOnlySpan{char})"/> without a string (buffer as for <see cref="Fold"/>).</summary>
    public static ReadOnlySpan<char> FoldGivenName(ReadOnlySpan<char> token, Span<char> buffer)
    {
        // A hypocoristic is looked up as written (letters only, lower case), then folded.
        int n = BasicLetters(token, buffer, digits: false);
        if (HypocoristicLookup.TryGetValue(buffer[..n], out var full))
        {
            return full;
        }

        var folded = Fold(token, buffer);
        return HypocoristicLookup.TryGetValue(folded, out full) ? full : folded;
    }

    // The token's letters (and digits) lower-cased without accents into buffer; returns how many.
    private static int BasicLetters(ReadOnlySpan<char> token, Span<char> buffer, bool digits)
    {
        int n = 0;
        foreach (char c in token)
        {
            char b = Basic(char.ToLowerInvariant(c));
            if (digits ? char.IsLetterOrDigit(b) : char.IsLetter(b))
            {
                buffer[n++] = b;
            }
        }

        return n;
    }

    /// <summary>Key part of a person: "givenname-surname", or just the surname when only that is known.</summary>
    public static string PersonKey(string? given, string surname)
        => given is null ? "person:" + FoldToken(surname) : "person:" + FoldGivenName(given) + "-" + FoldToken(surname);

    /// <summary>A lowercase hyphenated slug for org/place/treaty keys ("UN Security Council" → "un-security-council").</summary>
    public static string Slug(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char b = Basic(char.ToLowerInvariant(c));
            if (char.IsLetterOrDigit(b))
            {
                sb.Append(b);
            }
            else if (c is ' ' or '-' or '\u2010' or '\u2011' && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    // StringBuilder.Replace in place: left to right, without overlaps; a replacement is never longer than its pattern.
    private static int Replace(Span<char> s, int length, string pattern, string replacement)
    {
        int write = 0, read = 0;
        while (read < length)
        {
            if (read + pattern.Length <= length && s.Slice(read, pattern.Length).SequenceEqual(pattern))
            {
                replacement.CopyTo(s[write..]);
                write += replacement.Length;
                read += pattern.Length;
            }
            else
            {
                s[write++] = s[read++];
            }
        }

        return write;
    }

    private static bool EndsWith(Span<char> s, int length, string ending) => s[..length].EndsWith(ending);

    private static int CollapseDoubles(Span<char> s, int length)
    {
        int write = 0;
        for (int read = 0; read < length; read++)
        {
            if (write == 0 || s[write - 1] != s[read])
            {
                s[write++] = s[read];
            }
        }

        return write;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Strips common Latin diacritics; invariant-globalization mode rules out Unicode normalisation.</summary>
    private static char Basic(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'č' => 'c',
        'ď' or 'đ' => 'd',
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
        'ğ' => 'g',
        'ì' or 'í' or 'î' or 'ï' or 'ī' or 'ı' => 'i',
        'ł' => 'l',
        'ñ' or 'ń' or 'ň' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
        'ř' => 'r',
        'ś' or 'š' or 'ş' or 'ș' => 's',
        'ť' or 'ţ' or 'ț' => 't',
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
        'ý' or 'ÿ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => c,
    };

    private static Dictionary<string, string> LoadHypocoristics()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("hypocoristics.tsv"))
        {
            var f = EmbeddedData.Fields(line, 2);
            map[f[0].Trim()] = f[1].Trim();
        }

        return map.ToDictionary(e => e.Key, e => FoldToken(e.Value), StringComparer.Ordinal);
    }
}
