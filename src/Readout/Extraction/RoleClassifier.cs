using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Extraction;

/// <summary>
/// Decides whether a page is an institution's own account (press release, readout, statement) or a
/// report that attributes its account to others.
/// </summary>
public static partial class RoleClassifier
{
    /// <summary>First-person plural this often per 1,000 characters reads as an institution speaking for itself.</summary>
    private const double WeVoicePerThousand = 0.5;

    public static SourceRole Classify(string? title, string body, AttributionResult attribution, string? wireAgency)
    {
        if (attribution.Links.Count > 0 || wireAgency is not null)
        {
            return SourceRole.MediaReport;
        }

        if (title is not null && OfficialTitle().IsMatch(title) || OfficialOpening().IsMatch(body))
        {
            return SourceRole.Official;
        }

        if (attribution.HasReportingCues)
        {
            return SourceRole.MediaReport;
        }

        var we = WeVoice().Count(body);
        return body.Length > 0 && we * 1000.0 / body.Length >= WeVoicePerThousand ? SourceRole.Official : SourceRole.Unknown;
    }

    [GeneratedRegex(@"^(?:(?:Joint\s+)?(?:Press\s+release|Statement|Readout|Communiqu[eé]|Comment|Declaration|Press\s+statement|Message|Briefing|Transcript|Remarks|Answers?|Information\s+on|On\s+the\s+telephone|Telephone\s+conversation))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficialTitle();

    // "The Ministry of Foreign Affairs of Ostravia announces", "The Foreign Ministry states".
    [GeneratedRegex(@"^(?:The\s+)?(?:Ministry|Department|Office|Embassy|Government)\b[^.\n]{0,80}\b(?:announces|states|informs|expresses|welcomes|condemns)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialOpening();

    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeVoice();
}
