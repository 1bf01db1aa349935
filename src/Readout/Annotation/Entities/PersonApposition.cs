using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// A word only people are (<see cref="PersonNoun"/>) set off by commas beside an unknown capitalised run names the
/// run as that person even in lower case and without a title: "Tomas Velkor , chairman of the commission ,",
/// "Tomas Velkor , a former Ostravian envoy to Belmar", "the envoy , Tomas Velkor , said", "his wife , Ana Velkor ,".
/// A cue only: <see cref="RoleParser"/> still decides whether the words are a title worth recording.
/// </summary>
internal static class PersonApposition
{
    private const int MaxModifiers = 3;

    /// <summary>Whether ", (the|a) [modifiers] noun" right after the run at <paramref name="end"/> describes a person.</summary>
    public static bool After(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        if (!doc.Is(end, ",") || end + 2 >= tokens.Length || doc.BreakBefore(end + 1))
        {
            return false;
        }

        int k = end + 1;
        if (doc.Is(k, "the") || doc.Is(k, "a") || doc.Is(k, "an"))
        {
            k++;
        }

        for (int m = 0; k < tokens.Length && m <= MaxModifiers && !doc.BreakBefore(k); m++, k++)
        {
            if (tokens[k].Shape == TokenShape.Lower && PersonNoun.Before(doc, k + 1) && !doc.Is(k + 1, "'s"))
            {
                return k + 1 >= tokens.Length || tokens[k + 1].Shape == TokenShape.Punctuation || doc.Word(k + 1) is "of" or "for" or "at" or "to" or "in" or "with";
            }

            // modifiers: "former", "veteran" (lower case) or a nationality ("Ostravian"), nothing else
            if (tokens[k].Shape != TokenShape.Lower && !(tokens[k].Shape == TokenShape.Capitalized && doc.MatchPlace(k, out var place) == 1 && place.Form == PlaceForm.Demonym))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether "noun ," stands right before the run at <paramref name="start"/> and a comma or period closes it at <paramref name="end"/>.</summary>
    public static bool Before(DocumentContext doc, int start, int end)
        => start >= 2 && doc.Is(start - 1, ",") && !doc.BreakBefore(start) && doc.Tokens[start - 2].Shape == TokenShape.Lower && PersonNoun.Before(doc, start - 1)
           && end < doc.Tokens.Length && doc.Word(end) is "," or "." && doc.MatchPlace(start, out _) == 0;
}
