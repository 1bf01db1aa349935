namespace Readout.Extraction.Html;

/// <summary>
/// Lines inside the article that are page furniture by their shape alone: a picture credit ("… | © Agency"),
/// a date on its own line in any language ("Dienstag, 4. Juni 2019, 15:54"), a row of meta fields
/// ("2021-10-16 | News", "Views: 1120 | Added by: Ann"), a caption, source or category field ("Foto: …",
/// "Quelle: …"). Judged on spans, only on short lines.
/// </summary>
public static class MetaLine
{
    /// <summary>Meta lines are short; anything longer is read as text.</summary>
    private const int MaxLength = 200;

    /// <summary>A date stamp, with weekday and time, fits in this.</summary>
    private const int MaxDateLength = 40;

    /// <summary>Weekday, month, "Uhr", "PM": a date stamp has no more words than these.</summary>
    private const int MaxDateWords = 4;

    /// <summary>The longest weekday or month name ("Donnerstag", "septiembre").</summary>
    private const int MaxDateWordLength = 10;

    /// <summary>A credit after the © sign names an agency or a photographer, not a sentence.</summary>
    private const int MaxCreditLength = 60;

    /// <summary>A field label ("Kategorie", "News date", "Hinzugefügt von") is a few words.</summary>
    private const int MaxLabelLength = 25;

    /// <summary>A field in a row of meta fields is short; a longer part is a headline or a sentence.</summary>
    private const int MaxFieldLength = 50;

    /// <summary>
    /// Labels of the fields that caption or source a picture, an article or a quote, or file it: trafilatura's gold
    /// and readers treat these as furniture ("Abbildung: …", "Quelle: Landesregierung", "(Credit: Ann Other)").
    /// </summary>
    private static readonly string[] FieldLabels =
    [
        "foto", "fotos", "photo", "photos", "bild", "bilder", "abbildung", "abb", "beitragsbild", "titelbild", "image",
        "credit", "credits", "crédit", "crédits", "bildquelle", "quelle", "quellen", "source", "sources", "fuente", "fonte",
        "kategorie", "category", "categoría", "rubrik", "tags", "schlagwörter", "schlagworte", "stichwörter", "etiquetas",
    ];

    /// <summary>True when the line is a credit, a date stamp, a row of meta fields or a caption/source/category field.</summary>
    public static bool IsMeta(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var span = text.AsSpan();
        return IsCredit(span) || IsDateStamp(span) || IsFieldRow(span) || IsCaptionField(span);
    }

    /// <summary>"© 2020 Ann Other", "Lee Elder in 1975. | © Agency/Images": the © closes the line with a short credit.</summary>
    public static bool IsCredit(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf('©');
        if (at < 0)
        {
            return false;
        }

        var credit = text[(at + 1)..].Trim();
        return credit.Length <= MaxCreditLength && credit.IndexOf(". ", StringComparison.Ordinal) < 0 && credit.IndexOfAny('!', '?') < 0;
    }

    /// <summary>
    /// A date with at most a weekday, a month name, a time and "Uhr"/"PM" around it ("Dienstag, 4. Juni 2019, 15:54",
    /// "03.04.2020"): a year and another number, a few short words, no label before a colon ("Termin: 21.02.2020").
    /// </summary>
    public static bool IsDateStamp(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > MaxDateLength || text.Length < 6)
        {
            return false;
        }

        var words = 0;
        var numbers = 0;
        var year = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                numbers++;
                year |= i - start == 4 && text[start] is '1' or '2' && text[start + 1] is '9' or '0';
                continue;
            }

            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                // A field label ("Termin:") or a long word ("Regionalmeister") is not part of a date.
                if (++words > MaxDateWords || i - start > MaxDateWordLength || i < text.Length && text[i] == ':')
                {
                    return false;
                }

                continue;
            }

            if (c is not (' ' or '.' or ',' or ':' or '/' or '-' or '|' or '–' or '(' or ')'))
            {
                return false;
            }

            i++;
        }

        return year && numbers >= 2;
    }

    /// <summary>
    /// Meta fields in a row: two or more short parts split by '|', one of them a date or a labelled field
    /// ("2021-10-16 | News", "By: Ann | 31. Dezember 2008", "Views: 1120 | Added by: Ann | Rating: 0.0/0").
    /// </summary>
    public static bool IsFieldRow(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('|') < 0)
        {
            return false;
        }

        var parts = 0;
        var meta = false;
        foreach (var range in text.Split('|'))
        {
            var part = text[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (part.Length > MaxFieldLength || part.EndsWith('.'))
            {
                return false;
            }

            parts++;
            var colon = part.IndexOf(':');
            meta |= IsDateStamp(part) || colon > 0 && colon <= MaxLabelLength && IsLabel(part[..colon]);
        }

        return parts >= 2 && meta;
    }

    /// <summary>"Abbildung: …", "Quelle: Landesregierung", "(Credit: Ann Other / Agency)", "Kategorie: News": a caption, source or category field.</summary>
    public static bool IsCaptionField(ReadOnlySpan<char> text)
    {
        text = text.TrimStart('(');
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > MaxLabelLength)
        {
            return false;
        }

        // "Crédit photo :" is filed under its first word.
        var label = text[..colon].Trim();
        var space = label.IndexOf(' ');
        label = space > 0 ? label[..space] : label;
        foreach (var word in FieldLabels)
        {
            if (label.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kontakt:", "Weitere Informationen:", "Sources:": one or two words ending in a colon, the title of a contact
    /// block, a link list or a source list whose entries are dropped or stand on their own.
    /// </summary>
    public static bool IsLeadIn(string text)
    {
        if (text.Length > MaxLabelLength || text.Length < 3 || text[^1] != ':')
        {
            return false;
        }

        var words = 1;
        foreach (var c in text.AsSpan(0, text.Length - 1))
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return words <= 2;
    }

    /// <summary>One to three words of letters: a field name, not a clock ("12:35") or a sentence.</summary>
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        if (label.IsEmpty)
        {
            return false;
        }

        var words = 1;
        foreach (var c in label)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c) && c is not ('-' or '.'))
            {
                return false;
            }
        }

        return words <= 3;
    }
}
