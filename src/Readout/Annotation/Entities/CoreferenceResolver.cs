using System.Runtime.InteropServices;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Within-document person coreference. A surname-only mention ("Lavrov", "Mr Lavrov", "President Putin")
/// takes the key of the nearest preceding full-name mention with that folded surname (else the first one
/// after it), so different people sharing a surname stay apart. Bare surnames without any cue are then
/// found by matching unclaimed capitalised tokens against the document's known surnames, and
/// "the minister"/"the Secretary of State" resolve to the one person holding that title here.
/// </summary>
internal static class CoreferenceResolver
{
    public static void Resolve(DocumentContext doc)
    {
        ResolveSurnames(doc);
        FindBareSurnames(doc);
        if (NameLists.Recognize(doc))
        {
            // Players a list named may stand alone further on.
            doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            FindBareSurnames(doc);
        }

        BareGivenNames.Find(doc);
        ResolveSurnames(doc);
        FindRoleNominals(doc);
    }

    private static void ResolveSurnames(DocumentContext doc)
    {
        var mentions = doc.Mentions;
        var full = mentions.Where(m => m.Kind == MentionKind.Person && m.Given is not null).ToList();
        NameIndex bySurname = new(full, f => f.Surname), byGiven = new(full, f => f.Given);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Person || m.Given is not null)
            {
                continue;
            }

            var target = bySurname.Nearest(m.Surname, m.Span.Start) ?? byGiven.Nearest(m.Surname, m.Span.Start);
            if (target is not null)
            {
                mentions[i] = m with { Key = target.Key };
            }
        }
    }

    /// <summary>
    /// Full-name mentions by one folded name part, in mention order: the nearest one before a position is a binary
    /// search when the mentions are sorted by start (as they are here), not a scan of every full name per surname.
    /// </summary>
    private sealed class NameIndex
    {
        private readonly Dictionary<string, List<MentionDraft>> _byPart = new(StringComparer.Ordinal);
        private readonly List<MentionDraft> _withoutPart = [];
        private readonly bool _sorted = true;

        public NameIndex(List<MentionDraft> full, Func<MentionDraft, string?> part)
        {
            foreach (var f in full)
            {
                var list = part(f) is { } key ? CollectionsMarshal.GetValueRefOrAddDefault(_byPart, key, out _) ??= [] : _withoutPart;
                _sorted &= list.Count == 0 || list[^1].Span.Start <= f.Span.Start;
                list.Add(f);
            }
        }

        /// <summary>The last mention with this part starting before <paramref name="start"/>, else the first with it.</summary>
        public MentionDraft? Nearest(string? part, int start)
        {
            var list = part is null ? _withoutPart : _byPart.GetValueOrDefault(part);
            if (list is null || list.Count == 0)
            {
                return null;
            }

            if (!_sorted)
            {
                return list.LastOrDefault(f => f.Span.Start < start) ?? list[0];
            }

            int low = 0, high = list.Count;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (list[middle].Span.Start < start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low > 0 ? list[low - 1] : list[0];
        }
    }

    private static void FindBareSurnames(DocumentContext doc)
    {
        var bySurname = new Dictionary<string, MentionDraft>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions.Where(m => m.Kind == MentionKind.Person && m.Surname is not null))
        {
            // Prefer a full-name mention, so a headline's "DAVEY JOHNSON" can be matched whole.
            if (!bySurname.TryAdd(m.Surname!, m) && bySurname[m.Surname!].Given is null && m.Given is not null)
            {
                bySurname[m.Surname!] = m;
            }
        }

        if (bySurname.Count == 0)
        {
            return;
        }

        // Folding allocates, so screen tokens by the folded surnames' possible first letters first.
        var initials = new HashSet<char>(bySurname.Keys.Select(k => k[0])) { 'y' };
        var surnames = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            // All-caps too: a headline names people by surname ("SHARPE HITS WINNER").
            if (tokens[i].Shape is not (TokenShape.Capitalized or TokenShape.AllCaps) || doc.IsClaimed(i) || tokens[i].Length < 3
                || !initials.Contains(FoldedInitial(doc.Word(i))))
            {
                continue;
            }

            // A capitalised neighbour means this word belongs to some other name ("Hunter Biden" was already taken).
            if (i + 1 < tokens.Length && tokens[i + 1].Shape == TokenShape.Capitalized && !doc.IsClaimed(i + 1) && !doc.BreakBefore(i + 1))
            {
                continue;
            }

            var word = doc.Word(i);
            if (surnames.TryGetValue(word.Length < buffer.Length ? NameFolding.Fold(word, buffer) : NameFolding.FoldToken(word), out var known))
            {
                if (GivenNameBefore(doc, i))
                {
                    // "Muthiah Muralitharan" where the text elsewhere says just "Muralitharan": the word before is the given name.
                    string given = doc.Word(i - 1).ToString(), surname = doc.Word(i).ToString();
                    doc.Add(new MentionDraft(MentionKind.Person, doc.SpanOf(i - 1, i + 1), NameFolding.PersonKey(given, surname), given + " " + surname)
                    {
                        Given = NameFolding.FoldGivenName(given),
                        Surname = known.Surname,
                    }, i - 1, i + 1);
                    continue;
                }

                int start = HeadlineGivenName(doc, i, known) ? i - 1 : i;
                var draft = new MentionDraft(MentionKind.Person, doc.SpanOf(start, i + 1), NameFolding.PersonKey(null, doc.Word(i).ToString()), doc.Word(i).ToString())
                {
                    Surname = known.Surname,
                };
                doc.Add(draft, start, i + 1);
            }
        }

        doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // The first letter the folded token will have: folding turns "Ph" into "f" and "Kh" into "h" ("Philippoussis" → "filipousis").
    private static char FoldedInitial(ReadOnlySpan<char> word)
    {
        char first = char.ToLowerInvariant(word[0]);
        char second = word.Length > 1 ? char.ToLowerInvariant(word[1]) : ' ';
        return (first, second) switch
        {
            ('p', 'h') => 'f',
            ('k', 'h') => 'h',
            ('k', 's') => 'x',
            _ => first,
        };
    }

    // An unclaimed capitalised name word right before, on the same line, that introduces nobody ("Former", "Austrian");
    // opening a sentence it must be a known given name ("Neither Meri" is no name).
    private static bool GivenNameBefore(DocumentContext doc, int i)
        => i > 0 && doc.Tokens[i - 1].Shape == TokenShape.Capitalized && doc.Tokens[i].Shape == TokenShape.Capitalized && !doc.IsClaimed(i - 1)
           && !doc.BreakBefore(i) && doc.Tokens[i - 1].Length > 1 && NameParser.IsNameWord(doc, i - 1) && doc.MatchPlace(i - 1, out _) == 0
           && !NameLead.Is(doc, i - 1) && !LongerRun(doc, i - 1)
           && (!doc.Tokens[i - 1].SentenceStart || GivenNames.Contains(doc.Word(i - 1)) || GivenNames.IsWordLike(doc.Word(i - 1)));

    // "Yap Kim Hock": a third capitalised word before leaves the name's bounds unknown.
    private static bool LongerRun(DocumentContext doc, int k)
        => k > 0 && doc.Tokens[k - 1].IsCapitalized && !doc.IsClaimed(k - 1) && !doc.BreakBefore(k);

    // "MANAGER DAVEY JOHNSON": an all-caps headline gives the full name of someone the text named.
    private static bool HeadlineGivenName(DocumentContext doc, int i, MentionDraft known)
        => known.Given is not null && doc.Tokens[i].Shape == TokenShape.AllCaps && i > 0 && doc.Tokens[i - 1].Shape == TokenShape.AllCaps
           && !doc.IsClaimed(i - 1) && !doc.BreakBefore(i) && NameFolding.FoldGivenName(doc.Word(i - 1)) == known.Given;

    // "the minister", "the Secretary of State": a title with no name after it, held by exactly one person here.
    private static void FindRoleNominals(DocumentContext doc)
    {
        var holders = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.Mentions.Where(m => m.Kind == MentionKind.Person && m.Role is not null))
        {
            // A role with no head word the lexicon knows ("Trade Secretary" spelt oddly) is only matched whole.
            var head = m.Role!.Split(' ').LastOrDefault(w => RoleLexicon.Shared.IsHead(w));
            foreach (var phrase in head is null ? [m.Role!] : new[] { m.Role!, head })
            {
                if (!holders.TryGetValue(phrase, out var keys))
                {
                    holders[phrase] = keys = [];
                }

                keys.Add(m.Key);
            }
        }

        if (holders.Count == 0)
        {
            return;
        }

        var tokens = doc.Tokens;
        int added = 0;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (!doc.Is(i, "the") && !doc.Is(i, "The"))
            {
                continue;
            }

            for (int n = Math.Min(4, tokens.Length - i - 1); n >= 1; n--)
            {
                var span = doc.SpanOf(i + 1, i + 1 + n);
                bool nameFollows = i + 1 + n < tokens.Length && tokens[i + 1 + n].Shape == TokenShape.Capitalized && !doc.BreakBefore(i + 1 + n);
                if (!doc.IsFree(i + 1, i + 1 + n) || nameFollows || !holders.TryGetValue(span.Slice(doc.Text), out var keys) || keys.Count != 1)
                {
                    continue;
                }

                var whole = doc.SpanOf(i, i + 1 + n);
                doc.Add(new MentionDraft(MentionKind.Person, whole, keys.First(), whole.Slice(doc.Text)) { IsNominal = true }, i, i + 1 + n);
                added++;
                break;
            }
        }

        if (added > 0)
        {
            doc.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }
}
