using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A long form followed by its acronym in brackets ("the Ostravian Customs Board ( OCB )", "Velmor Mining Economics
/// ( VME )") defines a body: in news such definitions are almost always organisations, so both the long form and the
/// acronym are one, even when no head word or cue names the long form. Strict initials only (minor words skipped);
/// places ("Democratic Republic of Tarsk ( DRT )") and names other passes have taken are left alone.
/// </summary>
internal static class AcronymDefinition
{
    private const int MaxLetters = 6;

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 2; i + 2 < tokens.Length; i++)
        {
            if (!doc.Is(i, "(") || !doc.Is(i + 2, ")") || doc.BreakBefore(i) || doc.BreakBefore(i + 1) || doc.BreakBefore(i + 2))
            {
                continue;
            }

            var acronym = doc.Word(i + 1);
            if (tokens[i + 1].Shape != TokenShape.AllCaps || acronym.Length is < 2 or > MaxLetters || !AllLetters(acronym))
            {
                continue;
            }

            int start = LongFormStart(doc, i, acronym);
            if (start < 0 || NamesConcept(doc.Word(i - 1)) || !doc.IsFree(start, i) || doc.MatchPlace(start, out _) >= i - start || !AcronymFreeOrOrganization(doc, i + 1))
            {
                continue;
            }

            string key = "org:" + NameFolding.Slug(acronym.ToString());
            string name = doc.Text[tokens[start].Start..tokens[i - 1].End];
            doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(start, i), key, name), start, i);
            if (!doc.IsClaimed(i + 1))
            {
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i + 1, i + 2), key, acronym.ToString()), i + 1, i + 2);
            }

            i += 2;
        }
    }

    /// <summary>
    /// Acronyms this document defines by a disease, method or measure ("BSE" after "Bovine Spongiform Encephalopathy ( BSE )"),
    /// or by lower-case words ("dark northern spring ( DNS )"): their bare uses name no organisation either. Read only when an acronym is met, so most documents never scan.
    /// </summary>
    public static List<string> ConceptAcronyms(DocumentContext doc)
    {
        List<string>? found = null;
        var tokens = doc.Tokens;
        for (int i = 2; i + 2 < tokens.Length; i++)
        {
            if (doc.Is(i, "(") && doc.Is(i + 2, ")") && tokens[i + 1].Shape == TokenShape.AllCaps && doc.Word(i + 1) is var acronym
                && acronym.Length <= MaxLetters && AllLetters(acronym)
                && (NamesConcept(doc.Word(i - 1)) && LongFormStart(doc, i, acronym) >= 0 || SpelledInLowerCase(doc, i, acronym)))
            {
                (found ??= []).Add(acronym.ToString());
            }
        }

        return found ?? None;
    }

    /// <summary>True when <paramref name="word"/> is one of the <paramref name="concepts"/>.</summary>
    public static bool Contains(List<string> concepts, ReadOnlySpan<char> word)
    {
        foreach (var c in concepts)
        {
            if (word.SequenceEqual(c))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly List<string> None = [];

    // Diseases, methods and measures are defined by acronyms too ("Bovine Spongiform Encephalopathy ( BSE )",
    // "Transcendental Meditation ( TM )", "Net Asset Value ( NAV )"): a long form ending in such a head names no body.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConceptHeads = new HashSet<string>(
        ["Syndrome", "Disease", "Virus", "Fever", "Meditation", "Value", "Index", "Ratio", "Rate", "Product", "Agreement", "Treaty", "Act"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool NamesConcept(ReadOnlySpan<char> head)
        => ConceptHeads.Contains(head) || head.EndsWith("pathy", StringComparison.Ordinal) || head.EndsWith("itis", StringComparison.Ordinal)
           || head.EndsWith("osis", StringComparison.Ordinal) || head.EndsWith("emia", StringComparison.Ordinal);

    // The first token of the capitalised words before "(" whose initials, read backwards, spell the acronym; -1 if none.
    private static int LongFormStart(DocumentContext doc, int open, ReadOnlySpan<char> acronym)
    {
        var tokens = doc.Tokens;
        int letter = acronym.Length - 1;
        for (int k = open - 1; k >= 0; k--)
        {
            if (doc.BreakBefore(k + 1) && k + 1 < open)
            {
                return -1; // the long form stays on its line
            }

            var word = doc.Word(k);
            if (tokens[k].IsCapitalized && char.IsAsciiLetterUpper(word[0]))
            {
                if (word[0] != acronym[letter])
                {
                    return -1;
                }

                if (letter-- == 0)
                {
                    return k;
                }
            }
            else if (!(k < open - 1 && word is "of" or "and" or "for" or "the" or "&"))
            {
                return -1;
            }
        }

        return -1;
    }

    // "dark northern spring ( DNS )", "bovine spongiform encephalopathy ( BSE )": a long form in lower case, one word
    // per letter, is a thing or a grade; a body's name is capitalised.
    private static bool SpelledInLowerCase(DocumentContext doc, int open, ReadOnlySpan<char> acronym)
    {
        int first = open - acronym.Length;
        if (first < 0 || doc.BreakBefore(first + 1) && acronym.Length > 1)
        {
            return false;
        }

        for (int k = first; k < open; k++)
        {
            if (doc.Tokens[k].Shape != TokenShape.Lower || doc.Word(k)[0] != char.ToLowerInvariant(acronym[k - first]) || k > first && doc.BreakBefore(k))
            {
                return false;
            }
        }

        return true;
    }

    // "( OCB )" already read as something else (a place, a person) leaves the definition to that reading.
    private static bool AcronymFreeOrOrganization(DocumentContext doc, int k)
    {
        if (!doc.IsClaimed(k))
        {
            return true;
        }

        int start = doc.Tokens[k].Start;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.Start == start)
            {
                return m.Kind == MentionKind.Organization;
            }
        }

        return false;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
