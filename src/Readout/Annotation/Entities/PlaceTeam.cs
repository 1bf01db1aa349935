using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// North American and Australian teams are a town and a plural nickname: "Tarsk Kestrels", "Velm Blue Herons",
/// "Ostra City Red Sox". A town or region followed by one or two capitalised words ending in a plural, with the
/// run closed after it, is the team; the nickname alone ("the Kestrels") then names it through the document.
/// Plurals of geography, events and organisations' heads ("Tarsk Falls", "Velm Games", "Tarsk Securities") are not.
/// Runs with the organisations, before people ("Velm Blue Herons" reads like a given name and surname).
/// </summary>
internal static class PlaceTeam
{
    private static readonly HashSet<string> NotNicknames = new(StringComparer.Ordinal)
    {
        "Olympics", "Games", "Championships", "Masters", "Series", "Nationals", "Falls", "Straits", "Islands", "Heights", "Hills",
        "Springs", "Plains", "Highlands", "Lakes", "Mountains", "Keys", "Sands", "Docks", "Docklands", "Jones", "Times", "News", "Posts",
        "Securities", "Nations", "Affairs", "Forces", "Holdings", "Industries", "Airlines", "Airways", "Motors", "Systems", "Communications",
        "Technologies", "Pharmaceuticals", "Brothers", "Associates", "Partners", "Services", "Products", "Resources", "Works", "Mills",
        "Stores", "Foods", "Futures", "Options", "Bonds", "Treasuries", "Talks", "Accords", "Courts", "Streets", "Gardens", "Fields",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNicknameLookup = NotNicknames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        List<(int Start, int End, MentionDraft Team)>? nicknames = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            // Cheap first: a plural within the next few words, before any gazetteer probe.
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || PluralWithin(doc, i) < 0)
            {
                continue;
            }

            int n = doc.MatchPlace(i, out var place);
            if (n == 0 || place.Form is PlaceForm.Country or PlaceForm.Demonym || n == 1 && GivenNames.Contains(doc.Word(i)))
            {
                continue;
            }

            int end = TeamEnd(doc, i + n);
            if (end < 0 || !doc.IsFree(i, end) || i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].SentenceStart && !doc.BreakBefore(i))
            {
                continue;
            }

            string name = doc.Text[tokens[i].Start..tokens[end - 1].End];
            var team = new MentionDraft(MentionKind.Organization, doc.SpanOf(i, end), "org:" + NameFolding.Slug(name), name);
            doc.Add(team, i, end);
            (nicknames ??= []).Add((i + n, end, team));
            i = end - 1;
        }

        if (nicknames is not null)
        {
            Propagate(doc, nicknames);
        }
    }

    // The first token at or after i + 1 (within four) that ends a capitalised plural; -1 when none.
    private static int PluralWithin(DocumentContext doc, int i)
    {
        var tokens = doc.Tokens;
        for (int k = i + 1; k < tokens.Length && k <= i + 4 && tokens[k].Shape == TokenShape.Capitalized && !doc.BreakBefore(k); k++)
        {
            if (IsPlural(doc.Word(k)))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsPlural(ReadOnlySpan<char> word)
        => word.Length >= 4 && (word[^1] == 's' && word[^2] != 's' && word[^2] != '\'' || word.SequenceEqual("Sox"));

    // After the place at [from]: one or two capitalised words, the last a nickname plural, then no capitalised word.
    private static int TeamEnd(DocumentContext doc, int from)
    {
        var tokens = doc.Tokens;
        for (int k = from; k < tokens.Length && k < from + 2 && tokens[k].Shape == TokenShape.Capitalized && !doc.BreakBefore(k); k++)
        {
            var word = doc.Word(k);
            if (NotNicknameLookup.Contains(word) || doc.MatchPlace(k, out _) > 0)
            {
                return -1;
            }

            if (IsPlural(word))
            {
                int end = k + 1;
                return end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end) ? -1 : end;
            }
        }

        return -1;
    }

    // "the Kestrels" after "Tarsk Kestrels": the nickname alone, not inside a longer capitalised run.
    private static void Propagate(DocumentContext doc, List<(int Start, int End, MentionDraft Team)> nicknames)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Shape != TokenShape.Capitalized || doc.IsClaimed(i))
            {
                continue;
            }

            foreach (var (start, end, team) in nicknames)
            {
                int n = end - start;
                if (i + n <= tokens.Length && Same(doc, start, i, n) && doc.IsFree(i, i + n) && Alone(doc, i, i + n))
                {
                    doc.Add(team with { Span = doc.SpanOf(i, i + n) }, i, i + n);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static bool Same(DocumentContext doc, int a, int b, int n)
    {
        for (int q = 0; q < n; q++)
        {
            if (!doc.Word(a + q).SequenceEqual(doc.Word(b + q)) || q > 0 && doc.BreakBefore(b + q))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Alone(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].SentenceStart && !doc.BreakBefore(start);
        bool after = end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end);
        return !before && !after;
    }
}
