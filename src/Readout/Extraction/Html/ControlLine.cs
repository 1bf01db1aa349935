using System.Text.RegularExpressions;

namespace Readout.Extraction.Html;

/// <summary>
/// The text of a page control written into the article: a picture viewer's buttons ("Bild anzeigen Bild
/// schließen", "Vergrößern" before a caption), a show/hide toggle ("Quellen ausblenden"), a reading-time stamp
/// ("4 Min Read", "Lesezeit: 3 Minuten"), an advertising label ("Anzeige, enthält Affiliate Links") or an embed's
/// "Externer Inhalt" title. Judged only on short lines.
/// </summary>
public static partial class ControlLine
{
    /// <summary>A zoom button before a caption is still a short line.</summary>
    private const int MaxLength = 200;

    /// <summary>True when the line is a control's label rather than text.</summary>
    public static bool IsControl(string text) => text.Length <= MaxLength && ControlRegex().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:vergrößern|enlarge|agrandir|ampliar)\s|bild anzeigen\b|[\w ]{1,25} (?:ausblenden|einblenden|schließen)$"
        + @"|\d+ min(?:ute)?s? read$|(?:lesezeit|lesedauer|reading time)\s*:?\s*(?:ca\.\s*)?\d+\s*min\w*$|\d+\s*min(?:uten)?\.? lesezeit$"
        + @"|(?:anzeige|advertisement|sponsored|publicidad|publicité)(?:\s*[,:|]\s*.{0,40})?$|(?:externer inhalt|external content)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlRegex();
}
