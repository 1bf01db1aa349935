using Readout.Annotation.Entities;
using Readout.Annotation.Text;

namespace Readout.Annotation.Names;

/// <summary>A personal name over tokens [Start, End): its first and last name words and how many words it has.</summary>
internal readonly record struct NameMatch(int Start, int End, int First, int Last, int Words);

/// <summary>
/// Reads a run of name words: capitalised tokens, lowercase particles between them ("bin", "al", "van"),
/// initials ("R."), and editorial brackets ("[Vladimir] Putin"). Stops at role words, gazetteer places,
/// months/weekdays and function words so "President Putin Russia" or "The Kremlin" never read as names.
/// </summary>
internal static class NameParser
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "bin", "ibn", "de", "del", "da", "di", "du", "van", "von", "der", "den", "la", "le", "el", "dos", "das", "ben", "della", "dei", "ter", "ten" };
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr", "Sr", "II", "III", "IV" };
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "And", "But", "Or", "In", "On", "At", "Of", "For", "To", "By", "With", "From", "As", "This", "That", "These", "Those",
        "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Its", "Mr", "Mrs", "Ms", "Dr", "Rev", "Lt", "Capt", "Sgt", "Col", "Cpl", "Maj", "After", "Before", "During",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow",
        "Treaty", "Agreement", "Ministry", "Council", "Agency", "Press", "Question", "Comment", "Article", "Statement", "News", "Both", "Also",
        "Having", "Following", "According", "However", "Meanwhile", "Besides", "Nevertheless", "Moreover", "When", "While", "If", "Since",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryParse(DocumentContext doc, int i, out NameMatch name)
    {
        var tokens = doc.Tokens;
        int first = -1, last = -1, words = 0, k = i, end = i;
        while (k < tokens.Length && words < 4)
        {
            var t = tokens[k];
            var w = doc.Word(k);
            if (k > i && doc.BreakBefore(k))
            {
                break; // a heading line never runs into the next paragraph: "Diplomacy\n\nValkov and ..."
            }

            if (t.Shape == TokenShape.Punctuation && w is "[" or "]" && (k + 1 < tokens.Length))
            {
                k++; // editorial insertion: "[Vladimir] Putin"
                continue;
            }

            // Particles, also chained: "Edwin van der Sar", "Luciano della Noce".
            if (t.Shape == TokenShape.Lower && words > 0 && ParticleLookup.Contains(w) && k + 1 < tokens.Length
                && (tokens[k + 1].Shape == TokenShape.Capitalized || k + 2 < tokens.Length && tokens[k + 2].Shape == TokenShape.Capitalized
                    && ParticleLookup.Contains(doc.Word(k + 1))))
            {
                k++;
                continue;
            }

            // "District Judge Mark Wolf": a title after the run's first word ends it; the name after it is read on its own.
            if (words > 0 && NameLead.IsTitle(w) && k + 1 < tokens.Length && tokens[k + 1].Shape == TokenShape.Capitalized)
            {
                break;
            }

            // A middle initial (a one-letter token, so all capitals): "Joseph R. Biden" — skipped, it never enters the key.
            if (w.Length == 1 && t.Shape == TokenShape.AllCaps && words > 0 && k + 2 < tokens.Length && doc.Is(k + 1, ".") && tokens[k + 2].Shape == TokenShape.Capitalized)
            {
                k += 2;
                continue;
            }

            bool prefixed = words > 0 && t.Shape == TokenShape.Lower && ArticlePrefixed(w); // "Hassan al-Turabi"
            if (t.Shape != TokenShape.Capitalized && !prefixed && !(words > 0 && SuffixLookup.Contains(w)) || doc.IsClaimed(k) || !IsNameWord(doc, k))
            {
                break;
            }

            if (words > 0 && SuffixLookup.Contains(w))
            {
                end = k + 1;
                k++;
                continue;
            }

            first = first < 0 ? k : first;
            last = k;
            words++;
            k++;
            end = k;
        }

        name = new NameMatch(first < 0 ? i : first, end, first, last, words);
        if (words > 0 && last >= 0 && tokens[last].Length == 1)
        {
            return false;
        }

        return words > 0;
    }

    // "al-Turabi", "el-Sisi", "bin-Laden": an Arabic article or patronymic joined to a capitalised name.
    private static bool ArticlePrefixed(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOf('-');
        return dash is >= 2 and <= 3 && dash + 2 < w.Length && char.IsUpper(w[dash + 1]) && ParticleLookup.Contains(w[..dash]);
    }

    /// <summary>Whether the token could be part of a personal name.</summary>
    public static bool IsNameWord(DocumentContext doc, int k)
    {
        var w = doc.Word(k);
        if (NotNameLookup.Contains(w) || RoleLexicon.Shared.IsRoleWord(w))
        {
            return false;
        }

        // A one-word town or region may also be a surname ("Hamilton", "Santos"); countries and capitals never are.
        return doc.MatchPlace(k, out var place) is var n && (n == 0 || n == 1 && place.Form is PlaceForm.City or PlaceForm.Region);
    }
}
