using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities.Model;

/// <summary>
/// Statistical fallback after the rules: each run of capitalised tokens on one line that no recognizer
/// claimed (up to <see cref="MaxRun"/> words) is typed by <see cref="SpanTypeModel"/>, and kept only when the
/// model names a person, place or organisation by at least <c>minMargin</c> over the next class. Lines with no
/// lower-case word (headlines, tables), lone letters ("I") and calendar words are never candidates: the training
/// text has no such lines and no examples to learn the words from.
/// </summary>
internal static class SpanTyper
{
    public const int MaxRun = 5;

    /// <summary>The margin the model must clear, chosen on CoNLL-2003 train with <c>tools/nermodel sweep</c>.</summary>
    public const float DefaultMinMargin = 4;

    /// <summary>Whether a new <see cref="Annotator"/> runs the shipped model (see docs/quality.md for why).</summary>
    public static bool EnabledByDefault => false;

    private static readonly HashSet<string> CalendarWords = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Yields each unclaimed capitalised run [Start, End) of the document, as the typer sees them.</summary>
    public static IEnumerable<(int Start, int End)> Candidates(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        int lineEnd = 0;
        bool mixedLine = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i >= lineEnd)
            {
                (lineEnd, mixedLine) = ScanLine(doc, i);
            }

            if (!mixedLine || !tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int j = i + 1;
            while (j < lineEnd && tokens[j].IsCapitalized && !doc.IsClaimed(j))
            {
                j++;
            }

            if (j - i <= MaxRun && (j - i > 1 || tokens[i].Length > 1 && !Calendar.Contains(doc.Word(i))))
            {
                yield return (i, j);
            }

            i = j - 1;
        }
    }

    // The line holding token `start`: where it ends and whether any word on it is lower-case.
    private static (int End, bool Mixed) ScanLine(DocumentContext doc, int start)
    {
        bool mixed = false;
        int k = start;
        do
        {
            mixed |= doc.Tokens[k].Shape == Readout.Annotation.Text.TokenShape.Lower;
            k++;
        }
        while (k < doc.Tokens.Length && !doc.BreakBefore(k));
        return (k, mixed);
    }

    public static void Recognize(DocumentContext doc, SpanTypeModel model, float minMargin)
    {
        var features = new List<ulong>(32);
        foreach (var (start, end) in Candidates(doc))
        {
            SpanFeatures.Extract(doc, start, end, features);
            var (type, margin) = model.Classify(features);
            if (margin >= minMargin && IsTrusted(doc, start, end, type))
            {
                doc.Add(Draft(doc, start, end, type), start, end);
            }
        }
    }

    /// <summary>
    /// Where the model may add a mention, decided on CoNLL-2003 train (docs/quality.md): only people and places of
    /// two or more words inside a sentence, with no role word ("Prime Minister", "District Judge X"). Elsewhere —
    /// lone words, sentence openers, organisations — its guesses were right less than half the time.
    /// </summary>
    public static bool IsTrusted(DocumentContext doc, int start, int end, SpanClass type)
    {
        if (type is not (SpanClass.Person or SpanClass.Place) || end - start < 2 || doc.Tokens[start].SentenceStart || doc.BreakBefore(start))
        {
            return false;
        }

        for (int k = start; k < end; k++)
        {
            if (RoleLexicon.Shared.IsRoleWord(doc.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    private static MentionDraft Draft(DocumentContext doc, int start, int end, SpanClass type)
    {
        var span = doc.SpanOf(start, end);
        string name = span.Slice(doc.Text);
        if (type == SpanClass.Person)
        {
            string surname = doc.Word(end - 1).ToString();
            string? given = end - start >= 2 ? doc.Word(start).ToString() : null;
            return new MentionDraft(MentionKind.Person, span, NameFolding.PersonKey(given, surname), name)
            {
                Given = given is null ? null : NameFolding.FoldGivenName(given),
                Surname = NameFolding.FoldToken(surname),
            };
        }

        return type == SpanClass.Place
            ? new MentionDraft(MentionKind.Place, span, "place:" + NameFolding.Slug(name), name)
            : new MentionDraft(MentionKind.Organization, span, "org:" + NameFolding.Slug(name), name);
    }
}
