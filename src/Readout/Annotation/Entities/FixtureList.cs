using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A fixture list ("Dortvik , Ambrell v Tarsk , Velm v Kessel United ,") is a line of club names joined by "v" and
/// commas, often broken across lines, so a name may stand alone before the first comma or after the last one. On a
/// line holding a "v" between two names and nothing but names, commas, brackets and "v" after an optional heading
/// ("Ostravian division one -"), every name is a club — countries excepted, which are national sides. Read before
/// people, so a two-word club ("East Tarsk") is not taken for a person.
/// </summary>
internal static class FixtureList
{
    private const int MaxWords = 5;

    public static void Recognize(DocumentContext doc)
    {
        foreach (var (start, end) in doc.Lines)
        {
            // A fixture needs a name, "v" and a name: shorter lines are skipped unread.
            if (end - start >= 3 && Body(doc, start, end) is >= 0 and var body)
            {
                AddClubs(doc, body, end);
            }
        }
    }

    // The first token after the heading when [start, end) is a fixture line, else -1.
    private static int Body(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        int body = start, firstV = -1;
        for (int k = start; k < end && firstV < 0; k++)
        {
            if (tokens[k].Length != 1)
            {
                continue; // "v", "-" and ":" are one character: longer words are not read
            }

            char c = doc.Text[tokens[k].Start];
            if (c == 'v')
            {
                firstV = k;
            }
            else if (c is '-' or ':')
            {
                body = k + 1; // "Ostravian division one - Tarsk v Velm"
            }
        }

        if (firstV <= body || firstV + 1 >= end || !(IsWord(doc, firstV - 1) || doc.Is(firstV - 1, ")")) || !IsWord(doc, firstV + 1))
        {
            return -1;
        }

        for (int k = body; k < end; k++)
        {
            var shape = tokens[k].Shape;
            if (shape == TokenShape.Number || shape == TokenShape.Lower && !doc.Is(k, "v") && !InName(doc, k) && !Marked(doc, k))
            {
                return -1; // a score, a date or running text: not a list of names
            }
        }

        return body;
    }

    // Lower-case words a club's name may hold: "Queen of the South", "Queen 's Park", "Vasco da Gama".
    private static bool InName(DocumentContext doc, int k)
        => doc.Is(k, "of") || doc.Is(k, "the") || doc.Is(k, "da") || doc.Is(k, "de") || doc.Is(k, "s") && k > 0 && doc.Is(k - 1, "'");

    // "x-Tarsk": a list's footnote mark stuck to a club's name (CoNLL keeps it in the name).
    private static bool Marked(DocumentContext doc, int k)
        => doc.Tokens[k].Length > 2 && doc.Word(k) is ['x', '-', var c, ..] && char.IsUpper(c);

    private static bool IsWord(DocumentContext doc, int k) => doc.Tokens[k].IsCapitalized || Marked(doc, k);

    private static void AddClubs(DocumentContext doc, int body, int end)
    {
        var tokens = doc.Tokens;
        int k = body;
        while (k < end)
        {
            if (doc.Is(k, "("))
            {
                while (k < end && !doc.Is(k, ")"))
                {
                    k++; // a bracketed country says where the club is from
                }

                k++;
                continue;
            }

            if (!IsWord(doc, k))
            {
                k++;
                continue;
            }

            int first = k;
            while (k < end && !(k > first && Marked(doc, k)) && (IsWord(doc, k) || k > first && (InName(doc, k) || doc.Is(k, "'") && doc.Is(k + 1, "s"))))
            {
                k++;
            }

            int last = k;
            while (last > first && !IsWord(doc, last - 1) && !(doc.Is(last - 1, "the") && last == end))
            {
                last--; // "Queen of the" broken at the line's end keeps its words; elsewhere a trailing particle is no name
            }

            if (last > first && last - first <= MaxWords && doc.IsFree(first, last) && !IsNational(doc, first, last) && !SportsClub.IsNotClub(doc.Word(first)))
            {
                SportsClub.Add(doc, first, last);
            }
        }
    }

    private static bool IsNational(DocumentContext doc, int start, int end)
        => doc.MatchPlace(start, out var place) == end - start && place.Form is PlaceForm.Country or PlaceForm.Demonym or PlaceForm.Region;
}
