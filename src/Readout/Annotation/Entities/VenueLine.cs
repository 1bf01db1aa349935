using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A results line led by its ground: "At Velm Park : Tarskshire 392-6", "Brisko ( The Meadow ) : Dortvik 195". Before
/// the colon of a line whose first side is an organisation already read (a county or club) stands where the match was
/// played, so the name there and the bracketed ground are places, though no gazetteer lists a cricket ground. Labels
/// ("Scores : Ostravia 326") are no venue: a country follows them, not a club. Runs after the clubs are read.
/// </summary>
internal static class VenueLine
{
    private const int MaxWords = 3;

    public static void Recognize(DocumentContext doc)
    {
        foreach (var line in doc.Lines)
        {
            int i = line.Start;
            if (doc.Tokens[i].IsCapitalized)
            {
                Line(doc, doc.Is(i, "At") ? i + 1 : i);
            }
        }
    }

    private static void Line(DocumentContext doc, int start)
    {
        int end = RunEnd(doc, start);
        if (end == start)
        {
            return;
        }

        int ground = -1, groundEnd = -1, colon = end;
        if (doc.Is(end, "(") && !LineShape.Closed(doc, end + 1))
        {
            ground = end + 1;
            groundEnd = RunEnd(doc, ground);
            colon = groundEnd + 1;
            if (groundEnd == ground || !doc.Is(groundEnd, ")") || LineShape.Closed(doc, groundEnd))
            {
                return;
            }
        }

        if (!doc.Is(colon, ":") || LineShape.Closed(doc, colon) || LineShape.Closed(doc, colon + 1) || !ScoringSideAt(doc, colon + 1))
        {
            return;
        }

        AddPlace(doc, start, end);
        if (ground >= 0)
        {
            AddPlace(doc, ground, groundEnd);
        }
    }

    // Up to three capitalised words on the line ("Tunbridge Wells", "Chester-le-Street", "The Meadow"); all-caps words
    // are a form's labels ("ISSUER :").
    private static int RunEnd(DocumentContext doc, int i)
    {
        int k = i;
        while (k - i < MaxWords && !LineShape.Closed(doc, k + 1) && (k == i || !doc.BreakBefore(k)) && doc.Tokens[k].Shape == TokenShape.Capitalized)
        {
            k++;
        }

        return k;
    }

    // Whether an organisation mention read so far starts at token k and a score follows it ("Tarskshire 392-6"), unlike
    // the names after a label ("Postponed : Brisko v Dortvik", "Source : Velm Weather Services").
    private static bool ScoringSideAt(DocumentContext doc, int k)
    {
        if (!doc.IsClaimed(k))
        {
            return false;
        }

        var tokens = doc.Tokens;
        int at = tokens[k].Start;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start == at)
            {
                int after = k;
                while (after < tokens.Length && tokens[after].Start < m.Span.End)
                {
                    after++;
                }

                return m.Kind == MentionKind.Organization && !LineShape.Closed(doc, after) && tokens[after].Shape == TokenShape.Number;
            }
        }

        return false;
    }

    // A name the gazetteer holds is left to the place pass, which keys it to its country.
    private static void AddPlace(DocumentContext doc, int start, int end)
    {
        if (!doc.IsFree(start, end) || doc.MatchPlace(start, out _) == end - start)
        {
            return;
        }

        string name = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Place, doc.SpanOf(start, end), "place:" + NameFolding.Slug(name), name), start, end);
    }
}
