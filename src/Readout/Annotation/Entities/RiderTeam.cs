using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// A results line's team that is named like a country: "Anna Varn ( Ostravia ) Belmark 1:54.342". After a rider's
/// bracketed country and before the figures closing the line only the team or make can stand, so a second country
/// there is a constructor named after its founder, not where the rider is from. Other names in that slot are read
/// by <see cref="OrganizationCue"/>, which leaves countries alone; towns stay where a record was set.
/// </summary>
internal static class RiderTeam
{
    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 4; i < tokens.Length; i++)
        {
            if (!doc.Is(i - 1, ")") || !doc.Is(i - 3, "(") || !tokens[i].IsCapitalized || !tokens[i - 4].IsCapitalized
                || doc.BreakBefore(i) || doc.BreakBefore(i - 1) || doc.BreakBefore(i - 2) || doc.BreakBefore(i - 3))
            {
                continue;
            }

            int n = doc.MatchPlace(i, out var team);
            if (n > 0 && team.Form == PlaceForm.Country && IsCountry(doc, i - 2) && FiguresClose(doc, i + n) && doc.IsFree(i, i + n))
            {
                SportsClub.Add(doc, i, i + n);
            }
        }
    }

    private static bool IsCountry(DocumentContext doc, int k)
        => doc.MatchPlace(k, out var place) == 1 && place.Form == PlaceForm.Country;

    // One or more figures or times from here to the line's end ("1:55.385", "34").
    private static bool FiguresClose(DocumentContext doc, int from)
    {
        if (LineShape.Closed(doc, from))
        {
            return false;
        }

        for (int k = from; !LineShape.Closed(doc, k); k++)
        {
            if (doc.Tokens[k].Shape != TokenShape.Number && !char.IsAsciiDigit(doc.Word(k)[0]) && !doc.Is(k, ":") && !doc.Is(k, "."))
            {
                return false;
            }
        }

        return true;
    }
}
