using System.Text.RegularExpressions;

namespace Readout.Extraction.Html;

/// <summary>
/// A press office's or publisher's contact block after the story, written as short lines without field labels:
/// "Ihr Ansprechpartner für Pressefragen" over a name, or an organisation, a street, "12345 Town", a phone number,
/// an e-mail or a web address. Only the tail after the last long paragraph is searched, so an address inside the
/// story (a venue, an event listing above the text) stays.
/// </summary>
public static partial class ContactBlock
{
    /// <summary>A paragraph this long is story text; the contact block comes after the last one.</summary>
    private const int MinStoryParagraph = 200;

    /// <summary>Address lines, names and phone lines are short.</summary>
    private const int MaxLineLength = 80;

    /// <summary>A contact title ("Pressekontakt", "Ihr Ansprechpartner für Pressefragen") is a few words.</summary>
    private const int MaxTitleLength = 50;

    /// <summary>How many short lines (organisation, department, street) may stand above the first address line.</summary>
    private const int MaxLinesAbove = 3;

    /// <summary>A line of the block above the address (organisation, department, name) is shorter than this.</summary>
    private const int MaxLineAbove = 60;

    /// <summary>The first contact block in the tail of the paragraphs: its start and length; length 0 when there is none.</summary>
    public static (int Start, int Length) Find(IReadOnlyList<string> paragraphs)
    {
        var tail = 0;
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (paragraphs[i].Length >= MinStoryParagraph)
            {
                tail = i + 1;
                break;
            }
        }

        if (tail == 0)
        {
            return (0, 0);
        }

        var titled = TitledBlock(paragraphs, tail);
        return titled >= 0 ? (titled, paragraphs.Count - titled) : AddressBlock(paragraphs, tail);
    }

    /// <summary>A contact title followed only by short lines up to the end; -1 when there is none.</summary>
    private static int TitledBlock(IReadOnlyList<string> paragraphs, int tail)
    {
        for (var i = tail; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Length > MaxTitleLength || !TitleRegex().IsMatch(paragraphs[i]))
            {
                continue;
            }

            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                if (!IsShortLine(paragraphs[j]))
                {
                    return -1;
                }
            }

            return i;
        }

        return -1;
    }

    /// <summary>Address, phone, e-mail and web lines in a row (two kinds at least) with the organisation lines above them.</summary>
    private static (int Start, int Length) AddressBlock(IReadOnlyList<string> paragraphs, int tail)
    {
        for (var i = tail; i < paragraphs.Count; i++)
        {
            var kinds = Kinds(paragraphs[i]);
            if (kinds == 0)
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraphs.Count && Kinds(paragraphs[end]) is > 0 and var more)
            {
                kinds |= more;
                end++;
            }

            if (int.PopCount(kinds) < 2)
            {
                continue;
            }

            var start = i;
            while (start > tail && i - start < MaxLinesAbove && paragraphs[start - 1].Length <= MaxLineAbove && IsShortLine(paragraphs[start - 1]))
            {
                start--;
            }

            return (start, end - start);
        }

        return (0, 0);
    }

    /// <summary>Which contact fields the line is (bit flags: postal town, phone, e-mail, web address); 0 for other lines.</summary>
    private static int Kinds(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return 0;
        }

        return (PostalRegex().IsMatch(line) ? 1 : 0) | (PhoneRegex().IsMatch(line) ? 2 : 0) | (MailRegex().IsMatch(line) ? 4 : 0)
            | (WebRegex().IsMatch(line) ? 8 : 0);
    }

    /// <summary>A name, a role, an address line: short, not ending like a sentence.</summary>
    private static bool IsShortLine(string line) => line.Length <= MaxLineLength && line[^1] is not ('.' or '!' or '?');

    [GeneratedRegex(@"^(?:kontakt|contact|contacto|contatto|pressekontakt|medienkontakt|press contact|media contact|(?:ihre? )?ansprechpartner\w*)\b[^:]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();

    /// <summary>"71634 Ludwigsburg", "D - 85354 Freising", "Hahnenstraße 47, 71634 Ludwigsburg".</summary>
    [GeneratedRegex(@"(?:^|,\s*)(?:[A-Z]{1,2}\s?-\s?)?\d{4,5} \p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex PostalRegex();

    /// <summary>A labelled number ("Tel: +49 8161 4591", "Fon 05191 979238") or one in international form.</summary>
    [GeneratedRegex(@"(?:(?<!\w)(?:tel|telefon|phone|fon|fax|mobil|handy)\.?\s*:?\s*\+?|^\+)\(?\d[\d\s()/.-]{5,}\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"^(?:e-?mail\s*:?\s*)?[^\s@]+@[^\s@]+\.\w+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailRegex();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebRegex();
}
