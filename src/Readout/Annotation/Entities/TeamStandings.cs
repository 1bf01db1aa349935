namespace Readout.Annotation.Entities;

/// <summary>
/// A standings table headed as the teams' ("Constructors ' championship :"): under it each ranked row "2. Velmora 55"
/// names a team by its maker, so the name is an organisation even where it reads as a country or a person's name.
/// The table ends at the first line of another shape. Read before people and places.
/// </summary>
internal static class TeamStandings
{
    private const int MaxWords = 3;

    public static void Recognize(DocumentContext doc)
    {
        var lines = doc.Lines;
        for (int n = 0; n < lines.Count; n++)
        {
            if (doc.Is(lines[n].Start, "Constructors"))
            {
                int row = n + 1;
                while (row < lines.Count && Row(doc, lines[row].Start))
                {
                    row++;
                }

                n = row - 1;
            }
        }
    }

    // "3. Velmora 48" or "1. Velmora 149 points": adds the team and says whether the line was such a row.
    private static bool Row(DocumentContext doc, int start)
    {
        var tokens = doc.Tokens;
        if (!LineShape.IsCount(doc, start, 2) || !doc.Is(start + 1, ".") || LineShape.Closed(doc, start + 2))
        {
            return false;
        }

        int name = start + 2, end = name;
        while (end - name < MaxWords && !LineShape.Closed(doc, end) && tokens[end].IsCapitalized)
        {
            end++;
        }

        int after = end + 1;
        bool closes = LineShape.Closed(doc, after) || doc.Is(after, "points") && LineShape.Closed(doc, after + 1);
        if (end == name || !LineShape.IsCount(doc, end, 3) || !closes)
        {
            return false;
        }

        if (doc.IsFree(name, end))
        {
            SportsClub.Add(doc, name, end);
        }

        return true;
    }
}
