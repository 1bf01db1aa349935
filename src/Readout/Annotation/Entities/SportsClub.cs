using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Sports results name clubs by their town: in "Marseille 1 Metz 2" or "CHICAGO 63 62 .504" the town heading
/// a score is the club, an organisation. A score is a short number right after the name, with the name
/// opening its line or following another score, so "in Paris 10 people died" is never one.
/// </summary>
internal static class SportsClub
{
    public static bool IsScore(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        if (end >= tokens.Length || doc.BreakBefore(end) || !IsScoreNumber(doc, end))
        {
            return false;
        }

        return start == 0 || doc.BreakBefore(start) || IsScoreNumber(doc, start - 1);
    }

    public static void Add(DocumentContext doc, int start, int end)
    {
        string name = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, end), "org:" + NameFolding.Slug(name), name), start, end);
    }

    // One to three digits: goals, runs, points or a games count; years and dates are longer or hyphenated.
    private static bool IsScoreNumber(DocumentContext doc, int k)
    {
        if (doc.Tokens[k].Shape != TokenShape.Number || doc.Tokens[k].Length > 3)
        {
            return false;
        }

        foreach (char c in doc.Word(k))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
