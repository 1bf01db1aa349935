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
    private static readonly Dictionary<string, string> Hypocoristics = LoadHypocoristics();

    /// <summary>Folds one name token ("Zelenskyy" → "zelensky").</summary>
    public static string FoldToken(ReadOnlySpan<char> token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char c in token)
        {
            char b = Basic(char.ToLowerInvariant(c));
            if (char.IsLetterOrDigit(b))
            {
                sb.Append(b);
            }
        }

        // Digraphs that only differ by romanisation system.
        sb.Replace("ks", "x").Replace("kh", "h").Replace("th", "t").Replace("ph", "f")
          .Replace("ck", "k").Replace("tch", "ch").Replace("sch", "sh").Replace("dzh", "j");
        string s = sb.ToString();
        if (s.StartsWith("ye", StringComparison.Ordinal) && s.Length > 3 && !IsVowel(s[2]))
        {
            s = s[1..]; // Yevgeny / Evgeny
        }

        // Endings: -iy, -ij, -yy, -ii, -i and -y are one Cyrillic ending "-ий/-ый/-и/-й".
        if (s.EndsWith("ij", StringComparison.Ordinal) || s.EndsWith("iy", StringComparison.Ordinal) || s.EndsWith("yi", StringComparison.Ordinal))
        {
            s = s[..^2] + "y";
        }
        else if (s.EndsWith('i') && s.Length > 2)
        {
            s = s[..^1] + "y";
        }

        // German/French renderings of -ов/-ев: Valkoff, Lawrow (a single final "f" stays: Josef).
        if (s.Length > 4 && (s.EndsWith("off", StringComparison.Ordinal) || s.EndsWith("eff", StringComparison.Ordinal)))
        {
            s = s[..^2] + "v";
        }
        else if (s.Length > 3 && (s.EndsWith("ow", StringComparison.Ordinal) || s.EndsWith("ew", StringComparison.Ordinal)))
        {
            s = s[..^1] + "v";
        }

        s = CollapseDoubles(s);

        if (s.Length > 4 && s.EndsWith("dr", StringComparison.Ordinal))
        {
            s = s[..^1] + "er"; // Aleksandr / Alexander
        }

        return s;
    }

    /// <summary>Folds a given name, mapping hypocoristics to the full form (Joe → joseph, Tony → antony).</summary>
    public static string FoldGivenName(ReadOnlySpan<char> token)
    {
        string lower = Lower(token);
        if (Hypocoristics.TryGetValue(lower, out var full))
        {
            return FoldToken(full);
        }

        string folded = FoldToken(token);
        return Hypocoristics.TryGetValue(folded, out full) ? FoldToken(full) : folded;
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

    private static string Lower(ReadOnlySpan<char> token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char c in token)
        {
            char b = Basic(char.ToLowerInvariant(c));
            if (char.IsLetter(b))
            {
                sb.Append(b);
            }
        }

        return sb.ToString();
    }

    private static string CollapseDoubles(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
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

        return map;
    }
}
