using Readout.Annotation.Names;

namespace Readout.Annotation.Entities;

/// <summary>
/// Family names from many languages (<c>Data/surnames.txt</c>, from faker's MIT-licensed locales by
/// <c>tools/gazetteer/build_surnames.py</c>, without English words, places, organisations or given names), compared
/// after folding. A weak cue: it only supports a name in a person's slot, it never makes one alone.
/// </summary>
internal static class KnownSurnames
{
    private static readonly HashSet<string> Folded = Load();

    // Sentence openers that NameParser lets through and that are no given name ("Although Gajdos spoke").
    private static readonly HashSet<string> ClauseOpenerSet = new(StringComparer.Ordinal)
    {
        "Although", "Though", "However", "Meanwhile", "When", "While", "Whether", "Where", "Since", "Because", "If", "Unless", "Until",
        "Despite", "Yet", "So", "Then", "Now", "Once", "Why", "How",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = ClauseOpenerSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> OpenerSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Although", "Though", "However", "Meanwhile", "When", "While", "Whether", "Where", "Since", "Because", "If", "Unless", "Until",
        "Despite", "Yet", "So", "Then", "Now", "Only", "Even", "Still", "Instead", "Earlier", "Later", "Last", "Next", "Neither",
        "Either", "Several", "Many", "Some", "Other", "Under", "Over", "Against", "Without", "Like", "Unlike", "Once", "Coach",
        "President", "Doctor", "Judge", "General", "Captain", "Striker", "Defender", "Goalkeeper", "Former", "Veteran", "Why", "How",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Today", "Yesterday", "Tonight",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = OpenerSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A conjunction or adverb opening a sentence, never part of the name after it ("Although Gajdos spoke").</summary>
    public static bool IsClauseOpener(DocumentContext doc, int k) => doc.Tokens[k].SentenceStart && ClauseOpeners.Contains(doc.Word(k));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> token)
    {
        if (token.Length <= 3)
        {
            return false;
        }

        Span<char> buffer = token.Length < 128 ? stackalloc char[token.Length + 1] : new char[token.Length + 1];
        return FoldedLookup.Contains(NameFolding.Fold(token, buffer));
    }

    /// <summary>
    /// Whether a capitalised word may be the unknown given name before a surname: not a clause opener, title, gerund
    /// ("Joining Chang"), place or word the text also writes in lower case.
    /// </summary>
    public static bool MayBeGivenName(DocumentContext doc, int k)
        => doc.Tokens[k].Length > 1 && !Openers.Contains(doc.Word(k)) && !(doc.Tokens[k].Length > 5 && doc.Word(k).EndsWith("ing", StringComparison.Ordinal))
           && !NameLead.Is(doc, k) && doc.MatchPlace(k, out _) == 0
           && !SurnameCue.WrittenLower(doc, k);

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("surnames.txt"))
        {
            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(NameFolding.FoldToken(name));
            }
        }

        return set;
    }
}
