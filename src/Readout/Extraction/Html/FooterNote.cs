using System.Text.RegularExpressions;

namespace Readout.Extraction.Html;

/// <summary>
/// The publisher's standing notes printed under or over every article: a disclaimer ("Les opinions exprimées …
/// n'engagent que leurs auteurs", "Alle Angaben ohne Gewähr"), an affiliate disclosure ("We may receive
/// compensation …"), a suggested citation, a blog engine's entry footer ("This entry was posted on … You can follow
/// any responses …") and a cookie notice ("Informujemy, że korzystamy z cookies"). Judged on lines of a few sentences.
/// </summary>
public static partial class FooterNote
{
    /// <summary>A standing note is a sentence or three; a longer line is read as text.</summary>
    private const int MaxLength = 400;

    /// <summary>True when the line is a disclaimer, a disclosure, a citation hint, an entry footer or a cookie notice.</summary>
    public static bool IsNote(string text) => text.Length <= MaxLength && text.AsSpan().IndexOfAny(Quotes) < 0 && NoteRegex().IsMatch(text);

    /// <summary>Reported speech may quote a disclaimer; the note itself is not in quotation marks.</summary>
    private const string Quotes = "\"„“”«»";

    [GeneratedRegex(@"^\(?(?:the (?:views|opinions) expressed\b|les (?:opinions|propos) exprimé|alle angaben ohne gewähr|suggested citation\b|zitiervorschlag\b|cite this (?:article|post) as\b"
        + @"|this entry was posted\b|der beitrag wurde am\b|dieser (?:beitrag|eintrag) wurde am\b)"
        + @"|n'engagent que (?:leurs?|ses) auteurs?|(?:advertiser|affiliate) disclosure|we may (?:receive|earn) (?:a )?(?:compensation|commission)"
        + @"|(?:we use|this (?:site|website) uses|wir (?:verwenden|nutzen)|nous utilisons|utilizamos|korzystamy z|utilizziamo) (?:\w+ ){0,3}cookies", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteRegex();
}
