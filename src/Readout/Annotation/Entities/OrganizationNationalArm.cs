using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A country named right after a broadcaster's, utility's or statistics office's word is part of the body's name,
/// not a place: "Radio Ostravia", "Statistics Ostravia" (a national body).
/// Only whole country names count, on the same line, with nothing claimed; cities and regions stay places.
/// </summary>
internal static class OrganizationNationalArm
{
    // Words that open a national body's name when a country follows ("Power Tarsk said"); none of them is a title.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Services = new HashSet<string>(
        ["Radio", "Television", "Power", "Statistics", "Environment", "Telecom"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokens of "Radio Ostravia" starting at <paramref name="i"/>; 0 when the word opens no such name.</summary>
    public static int ServiceLength(DocumentContext doc, int i)
    {
        int country = Services.Contains(doc.Word(i)) ? CountryAt(doc, i + 1) : 0;
        return country > 0 ? 1 + country : 0;
    }

    // Tokens of the whole country name at end, free and on the same line; 0 when none.
    private static int CountryAt(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        if (end >= tokens.Length || !tokens[end].IsCapitalized || doc.BreakBefore(end) || doc.IsClaimed(end))
        {
            return 0;
        }

        int n = doc.MatchPlace(end, out var place);
        return n > 0 && place.Form == PlaceForm.Country && doc.IsFree(end, end + n) ? n : 0;
    }

    public static void Add(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        string name = doc.Text[tokens[start].Start..tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), "org:" + NameFolding.Slug(name), name), start, end);
    }
}
