using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Press reviews list stories under each paper's name: a line that is only a short capitalised name
/// ("VELMOR HERALD", "AN-NAHAR"), with no closing period, directly above a "- story" bullet, is a newspaper in a
/// document that speaks of the press or newspapers. A place alone on such a line is a section, not a paper.
/// </summary>
internal static class PressMasthead
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> PressWords = new(StringComparer.OrdinalIgnoreCase) { "press", "newspaper", "newspapers", "papers", "dailies" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PressLookup = PressWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        bool? press = null;
        foreach (var line in doc.Lines)
        {
            int i = line.Start;
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }

            int end = line.End;
            if (end - i > MaxWords || end >= tokens.Length || !doc.Is(end, "-") || !Name(doc, i, end) || doc.MatchPlace(i, out _) == end - i)
            {
                continue;
            }

            press ??= SpeaksOfPress(doc);
            if (press == false)
            {
                return;
            }

            string name = doc.Text[tokens[i].Start..tokens[end - 1].End];
            doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + NameFolding.Slug(name), name), i, end);
        }
    }

    // Capitalised words, unclaimed, with at most an apostrophe or ampersand between them: "NIDA'A AL-WATAN", "M&R".
    private static bool Name(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        for (int k = start; k < end; k++)
        {
            if (doc.IsClaimed(k) || !tokens[k].IsCapitalized && !(k > start && (doc.Is(k, "&") || doc.Is(k, "'"))))
            {
                return false;
            }
        }

        // "FRONT PAGE", "BUSINESS PAGES": sections of one paper.
        return tokens[end - 1].IsCapitalized && !doc.Word(end - 1).StartsWith("PAGE", StringComparison.OrdinalIgnoreCase);
    }

    private static bool SpeaksOfPress(DocumentContext doc) => doc.HasWord(PressLookup, 5, 10);
}
