using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Extraction.Text;

/// <summary>
/// Splits a flattened page into lines and labels each from its own features (length, punctuation,
/// date-only, chrome patterns). Context decisions (which run is the article) are made later.
/// </summary>
public static partial class TextLineClassifier
{
    /// <summary>Prose needs this many characters when it ends like a sentence.</summary>
    private const int MinParagraphLength = 40;

    /// <summary>A long line with sentence punctuation inside still reads as prose.</summary>
    private const int LongLineLength = 120;

    public static List<TextLine> Split(string content)
    {
        var lines = new List<TextLine>(64);
        var start = 0;
        while (start <= content.Length)
        {
            var end = content.IndexOf('\n', start);
            if (end < 0)
            {
                end = content.Length;
            }

            lines.Add(Classify(content, start, end));
            start = end + 1;
        }

        return lines;
    }

    /// <summary>Labels the line content[start..end), trimming whitespace (including no-break spaces).</summary>
    public static TextLine Classify(string content, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(content[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }

        var span = new TextSpan(start, end);
        var text = content[start..end];
        return new TextLine(Kind(text), span, text);
    }

    public static LineKind Kind(string text)
    {
        if (text.Length == 0)
        {
            return LineKind.Blank;
        }

        if (text.Length <= 60 && (LanguageSwitchRegex().IsMatch(text) || PageClockRegex().IsMatch(text) || ChromeWordsRegex().IsMatch(text)))
        {
            return LineKind.Chrome;
        }

        if (text.Length <= 80 && (ContactRegex().IsMatch(text) || PhoneRegex().IsMatch(text)) || CaptureStamp.TryParse(text, out _))
        {
            return LineKind.Chrome;
        }

        if (text.Length <= 40 && HeaderDateParser.IsDateOnly(text))
        {
            return LineKind.DateOnly;
        }

        if (DatedHeadlineRegex().IsMatch(text))
        {
            return LineKind.DatedHeadline;
        }

        return IsProse(text) ? LineKind.Paragraph : LineKind.Short;
    }

    /// <summary>Sentence-ness: ends like a sentence, or is long with a sentence break inside.</summary>
    public static bool IsProse(string text)
    {
        if (text.Length < MinParagraphLength)
        {
            return false;
        }

        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        if (words < 6)
        {
            return false;
        }

        var last = text[^1];
        if (last is '.' or '!' or '?' or '…' or ':' or ';' || (last is '"' or '”' or '»' or ')' or '’' && SentenceEndRegex().IsMatch(text)))
        {
            return true;
        }

        return text.Length >= LongLineLength && SentenceBreakRegex().IsMatch(text);
    }

    // "• en-GB1 ru-RU1", "EN | RU | FR", "English Русский".
    [GeneratedRegex(@"^(?:[•·|/]?\s*(?:[a-z]{2}(?:-[A-Z]{2})?\d*|[A-Z]{2})\s*[|/•·]?\s*){2,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageSwitchRegex();

    // "Moscow: 15:22", "London 13:22", "GMT+3 10:15".
    [GeneratedRegex(@"^[\p{L}][\p{L} .+\d-]{0,30}:?\s+\d{1,2}:\d{2}(?::\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PageClockRegex();

    [GeneratedRegex(@"^(?:print|share|tweet|e-?mail|subscribe|follow us|back to top|read more|comments?|\d+ comments?|advanced settings|search|menu|home|login|log in|sign in|version for the visually impaired)\b.{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeWordsRegex();

    [GeneratedRegex(@"^(?:consular|press|media|general)?\s*(?:queries|enquiries|inquiries|contacts?|tel\.?|phone|fax|e-?mail)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactRegex();

    [GeneratedRegex(@"^\+?[\d\s()./-]{7,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    // "16.09.2021 - Headline", "2021-09-16 – Headline".
    [GeneratedRegex(@"^(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d\d-\d\d|\d{1,2}\.[A-Za-z]{3}\.\d{4})\s*[-–—|]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex DatedHeadlineRegex();

    [GeneratedRegex(@"[.!?,]\s*[""”»’)]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndRegex();

    [GeneratedRegex(@"\p{Ll}[.!?][""”’]?\s+[""“]?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreakRegex();
}
