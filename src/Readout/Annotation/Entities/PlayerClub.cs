using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A squad or transfer list gives each player's club in brackets: "Marc Varnel ( Dortvik )". A country there
/// is the player's nationality and stays a place, as does a region ("( Ostravia )", a politician's state); any
/// other name, a town included, is the club.
/// </summary>
internal static class PlayerClub
{
    /// <summary>True when the run [start, end) is bracketed right after a person's name.</summary>
    public static bool Follows(DocumentContext doc, int start, int end)
    {
        if (start < 2 || !doc.Is(start - 1, "(") || !doc.Is(end, ")") || doc.BreakBefore(start) || doc.BreakBefore(start - 1) || doc.BreakBefore(end))
        {
            return false;
        }

        if (doc.MatchPlace(start, out var place) == end - start && place.Form == PlaceForm.Region)
        {
            return false;
        }

        int nameEnd = doc.Tokens[start - 2].End;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Person && !m.IsNominal && m.Span.End == nameEnd)
            {
                return true;
            }
        }

        return false;
    }
}
