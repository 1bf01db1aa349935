using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities.Model;

/// <summary>
/// Statistical fallback after the rules: each run of capitalised tokens on one line that no recognizer
/// claimed (up to <see cref="MaxRun"/> words) is typed by <see cref="SpanTypeModel"/>, and kept only in the
/// slice where it proved right (<see cref="IsTrusted"/>) when it names a person by at least <c>minMargin</c>. Lines with no
/// lower-case word (headlines, tables), lone letters ("I") and calendar words are never candidates: the training
/// text has no such lines and no examples to learn the words from.
/// </summary>
internal static class SpanTyper
{
    public const int MaxRun = 5;

    /// <summary>The margin the model must clear, chosen on CoNLL-2003 train with <c>tools/nermodel sweep</c>.</summary>
    public const float DefaultMinMargin = 4;

    /// <summary>
    /// Whether a new <see cref="Annotator"/> runs the shipped model: yes, as it raised CoNLL train, dev and test
    /// F1 at a few percent of the rules' time (docs/quality.md); READOUT_SPAN_TYPER=off switches it off, so
    /// evaluations can compare both without a rebuild.
    /// </summary>
    public static bool EnabledByDefault => Environment.GetEnvironmentVariable("READOUT_SPAN_TYPER") != "off";

    private static readonly HashSet<string> CalendarWords = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that end (or, for storms and faiths, open) the names of things the model took for people on CoNLL train:
    // leagues, prizes, boards, sites, faiths ("Awami League", "Nobel Prize", "Twyford Down", "Roman Catholic").
    private static readonly HashSet<string> NotPersonWordSet = new(
        ["League", "Board", "Cup", "Prize", "Trophy", "Award", "Down", "Abbey", "Bridge", "Concerto", "Symphony", "Gas", "Index",
         "Catholic", "Catholics", "Orthodox", "Protestant", "Anglican", "Islamic", "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonWords = NotPersonWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

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

            if (Calendar.Contains(doc.Word(i)))
            {
                continue;
            }

            // A calendar word ends a run: "Chicago Wednesday", "School Monday" are a name and a date.
            int j = i + 1;
            while (j < lineEnd && tokens[j].IsCapitalized && !doc.IsClaimed(j) && !Calendar.Contains(doc.Word(j)))
            {
                j++;
            }

            if (j - i <= MaxRun && (j - i > 1 || tokens[i].Length > 1))
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

    /// <summary>Types the trusted runs the rules left, if <paramref name="typing"/> is set; mentions stay in text order.</summary>
    public static void Recognize(DocumentContext doc, (SpanTypeModel Model, float MinMargin)? typing)
    {
        if (typing is not var (model, minMargin))
        {
            return;
        }

        List<ulong>? features = null;
        int added = 0;
        foreach (var (start, end) in Candidates(doc))
        {
            // The shape of a trusted slice is checked first, so most runs cost no feature extraction.
            if (!IsTrustedSlice(doc, start, end))
            {
                continue;
            }

            features ??= new List<ulong>(48);
            SpanFeatures.Extract(doc, start, end, features);
            var (type, margin) = model.Classify(features);
            if (margin >= minMargin && type == SpanClass.Person)
            {
                PersonDraft.Add(doc, start, end); // trusted runs have two or more words
                added++;
            }
        }

        if (added > 0)
        {
            doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>
    /// Where the model may add a mention, decided on CoNLL-2003 train (docs/quality.md): only people of two or more
    /// words inside a sentence, with no role word ("Prime Minister", "District Judge X"). Elsewhere — lone words,
    /// sentence openers, places, organisations — its guesses were right less than half the time.
    /// </summary>
    public static bool IsTrusted(DocumentContext doc, int start, int end, SpanClass type)
        => type == SpanClass.Person && IsTrustedSlice(doc, start, end);

    private static bool IsTrustedSlice(DocumentContext doc, int start, int end)
    {
        if (end - start < 2 || doc.Tokens[start].SentenceStart || doc.BreakBefore(start)
            || NotPersonWords.Contains(doc.Word(start)) || NotPersonWords.Contains(doc.Word(end - 1))
            || doc.Tokens[start].Shape == Readout.Annotation.Text.TokenShape.AllCaps) // mastheads, acronyms: "WEN WEI PO", "OM Gruppen"
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

        // "Puerto Rican girl", "East Fife": a run opening with a place or nationality names no one.
        return doc.MatchPlace(start, out _) == 0;
    }
}
