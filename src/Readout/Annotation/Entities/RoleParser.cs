using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>A parsed title: tokens [Start, End), the title words, and the country it names if any.</summary>
internal readonly record struct RoleMatch(int Start, int End, string Role, string? Country, bool Plural);

/// <summary>
/// Parses a role title at a token position: an optional country or demonym ("Russian", "US"), an optional
/// organisation initialism ("MI5"), title words ending in a head ("Foreign Minister", "opposition leader",
/// "Director General"), then "of/for" + portfolio ("Secretary of State") or "of" + country ("President of China").
/// The role is the title words only; the country is canonicalised through the gazetteer.
/// </summary>
internal static class RoleParser
{
    /// <param name="opensName">A title opening a sentence counts when a capitalised name follows it on its line
    /// ("King Birendra left Nepal"); off for appositions, where "President" after a comma is a common noun.</param>
    public static bool TryParse(DocumentContext doc, int i, out RoleMatch match, bool opensName = false)
    {
        match = default;
        var tokens = doc.Tokens;
        var lexicon = RoleLexicon.Shared;
        int j = i;
        string? country = null;
        if (j < tokens.Length && tokens[j].IsCapitalized && doc.MatchPlace(j, out var place) is > 0 and var n
            && place.Form is PlaceForm.Country or PlaceForm.Demonym && !doc.BreakBefore(j + n))
        {
            country = place.Country;
            j += n;
        }

        int roleStart = j;
        if (j + 1 < tokens.Length && tokens[j].Shape == TokenShape.AllCaps && !lexicon.IsRoleWord(doc.Word(j))
            && IsWord(tokens[j + 1]) && lexicon.IsRoleWord(doc.Word(j + 1)))
        {
            j++; // "MI5 Director General": the organisation is part of the title.
        }

        int lastHead = -1;
        bool plural = false;
        int k = j;
        while (k < tokens.Length && IsWord(tokens[k]) && lexicon.IsRoleWord(doc.Word(k)) && !(k > i && doc.BreakBefore(k)))
        {
            if (lexicon.IsHead(doc.Word(k), out bool p))
            {
                lastHead = k;
                plural = p;
            }

            k++;
        }

        if (lastHead < 0)
        {
            return false;
        }

        int end = lastHead + 1;
        while (end < k && lexicon.IsAfterHead(doc.Word(end)))
        {
            end++;
        }

        int roleEnd = end;
        while (end + 1 < tokens.Length && (doc.Is(end, "of") || doc.Is(end, "for")))
        {
            int q = end + 1;
            if (doc.Is(q, "the") && q + 1 < tokens.Length)
            {
                q++;
            }

            if (doc.MatchPlace(q, out var of) is > 0 and var m && of.Form == PlaceForm.Country)
            {
                country ??= of.Country;
                end = q + m;
                break;
            }

            int r = end + 1;
            while (r < tokens.Length && IsWord(tokens[r]) && lexicon.IsPortfolio(doc.Word(r)) && tokens[r].Shape != TokenShape.Lower || doc.Is(r, "the"))
            {
                r++;
            }

            if (r == end + 1 || doc.Is(r - 1, "the"))
            {
                break;
            }

            end = roleEnd = r;
        }

        // A lowercase-only title with nothing capitalised ("the leader") is a common noun, not a title cue.
        bool anyCapital = false;
        for (int t = roleStart; t < roleEnd; t++)
        {
            anyCapital |= tokens[t].IsCapitalized && !tokens[t].SentenceStart;
        }

        if (!anyCapital && country is null && !IsLowercaseTitleAllowed(doc, roleStart, roleEnd) && !(opensName && OpensName(doc, roleStart, roleEnd, end)))
        {
            return false;
        }

        string role = doc.Text[tokens[roleStart].Start..tokens[roleEnd - 1].End];
        if (plural && lastHead == roleEnd - 1)
        {
            role = role.EndsWith("ies", StringComparison.Ordinal) ? role[..^3] + "y" : role[..^1]; // "Presidents X and Y": each is a President
        }
        match = new RoleMatch(i, end, role, country, plural);
        return true;
    }

    // Words that open a sentence as descriptions, not titles: "Dissident Khmer Rouge leader", "Chief Accountant X".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptiveOpeners = new HashSet<string>(StringComparer.Ordinal)
    {
        "Dissident", "Activist", "Journalist", "Chief", "Head", "Leader", "Chair", "Aide", "Lawmaker",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "King Birendra left": a capitalised title opening a sentence, right before a capitalised word on its line.
    private static bool OpensName(DocumentContext doc, int start, int roleEnd, int end)
    {
        var tokens = doc.Tokens;
        if (!tokens[start].SentenceStart || end != roleEnd || end >= tokens.Length || tokens[end].Shape != TokenShape.Capitalized || doc.BreakBefore(end))
        {
            return false;
        }

        for (int t = start; t < roleEnd; t++)
        {
            if (tokens[t].Shape != TokenShape.Capitalized || DescriptiveOpeners.Contains(doc.Word(t)))
            {
                return false;
            }
        }

        return true;
    }

    // "opposition leader Alexei Navalny": two or more lowercase title words are specific enough.
    private static bool IsLowercaseTitleAllowed(DocumentContext doc, int start, int end) => end - start >= 2;

    private static bool IsWord(Token token) => token.Shape is not (TokenShape.Punctuation or TokenShape.Number);
}
