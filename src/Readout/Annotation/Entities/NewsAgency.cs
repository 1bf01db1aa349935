using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// "Velmor news agency": the organisation is the name alone, "news agency" only says what it is (the way
/// "the daily Velmor" does). Attribution reads the cue from the text itself, so the mention need not carry it.
/// A demonym or place before "news agency" ("the Ostravian news agency") names no agency: it stays a place word.
/// </summary>
internal static class NewsAgency
{
    /// <summary>Tokens of a known name matched at <paramref name="start"/> that name the agency, without a trailing "news agency".</summary>
    public static int NameLength(DocumentContext doc, int start, int matched)
        => matched > 2 && doc.Is(start + matched - 2, "news") && doc.Is(start + matched - 1, "agency") ? matched - 2 : matched;

    /// <summary>Adds the agency named by tokens [start, end), which "news agency" follows.</summary>
    public static void Add(DocumentContext doc, int start, int end)
    {
        if (doc.MatchPlace(start, out var place) == end - start && place.Form is PlaceForm.Country or PlaceForm.Demonym)
        {
            return;
        }

        string agency = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), "org:" + NameFolding.Slug(agency), agency), start, end);
    }
}
