using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Names that end in a possessive ("Lloyd's", "Moody's", "Sotheby's"): a capitalised word whose "'s" is followed
/// by what no owned thing can be — an article, a preposition, a verb or the end of the clause ("gave Velcor's a
/// reprieve", "Velcor's of Tarsk", "owing Velcor's") — is a company called "X's", and so is every "X's" in the
/// document ("Velcor's chairman"). Runs first, so the possessive stays inside the organisation's span.
/// </summary>
internal static class PossessiveName
{
    // What may follow a possessive name but never a possessive: "'s a", "'s to", "'s said".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoNounAfter = new HashSet<string>(
        ["a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "is", "was", "has", "had", "said", "says", "will", "would",
         "could", "did", "does", "plans", "must", "may", ".", ",", ";", ":"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Contractions and pronouns capitalised at a sentence's start: "It's", "Let's", "That's".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new HashSet<string>(
        ["It", "That", "There", "Here", "What", "Who", "Where", "How", "Let", "He", "She", "This", "Everyone", "Nobody", "Today", "Yesterday",
         "Tomorrow", "Year", "Week", "Month", "World", "Women", "Men", "Children", "Girls", "Boys", "People", "Nation", "Country", "City"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        HashSet<string>? names = null, eponyms = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            // The possessive first: a look at two characters rules out nearly every token before any lookup.
            if (After(doc, i, out _) is > 0 and var next && IsCandidate(doc, i) && next < tokens.Length && !doc.BreakBefore(next))
            {
                if (NoNounAfter.Contains(doc.Word(next)))
                {
                    (names ??= new(StringComparer.OrdinalIgnoreCase)).Add(doc.Word(i).ToString());
                }
                else if (doc.Is(next, "disease") || doc.Is(next, "syndrome"))
                {
                    (eponyms ??= new(StringComparer.OrdinalIgnoreCase)).Add(doc.Word(i).ToString()); // "Crohn's is" is the disease
                }
            }
        }

        if (names is null)
        {
            return;
        }

        if (eponyms is not null)
        {
            names.ExceptWith(eponyms);
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < tokens.Length; i++)
        {
            // "Velcor's Investors Service" is left whole to the run that ends in its head.
            if (IsCandidate(doc, i) && lookup.Contains(doc.Word(i)) && After(doc, i, out int charEnd) is > 0 and var next && doc.IsFree(i, next)
                && !(next < tokens.Length && !doc.BreakBefore(next) && tokens[next].IsCapitalized))
            {
                var span = new TextSpan(tokens[i].Start, charEnd);
                string name = span.Slice(doc.Text);
                doc.Add(new MentionDraft(MentionKind.Organization, span, "org:" + NameFolding.Slug(name), name), i, next);
                i = next - 1;
            }
        }
    }

    /// <summary>
    /// The token after a possessive "'s" closing token <paramref name="k"/>, written "Lloyd's" (the tokenizer drops
    /// the "'s") or spaced "Lloyd 's"; -1 if there is none. <paramref name="charEnd"/> is where the "'s" ends.
    /// </summary>
    public static int After(DocumentContext doc, int k, out int charEnd)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        int end = tokens[k].End;
        charEnd = -1;
        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
        {
            charEnd = end + 2;
            return k + 1;
        }

        if (k + 2 < tokens.Length && (doc.Is(k + 1, "'") || doc.Is(k + 1, "’")) && (doc.Is(k + 2, "s") || doc.Is(k + 2, "S"))
            && !doc.BreakBefore(k + 1) && !doc.BreakBefore(k + 2))
        {
            charEnd = tokens[k + 2].End;
            return k + 3;
        }

        return -1;
    }

    // A lone capitalised word, not a pronoun or a place ("Britain's"), nor a longer name's tail.
    private static bool IsCandidate(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || tokens[i].Length < 3
            || i > 0 && !doc.BreakBefore(i) && tokens[i - 1].IsCapitalized && !tokens[i].SentenceStart
            || i > 1 && doc.Is(i - 1, ".") && (doc.Is(i - 2, "St") || doc.Is(i - 2, "Mt")))
        {
            return false;
        }

        var word = doc.Word(i);
        return !NotNames.Contains(word) && doc.MatchPlace(i, out _) == 0 && !SportsClub.IsNotClub(word);
    }
}
