using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Some firms, papers and clubs read like a person's name ("Varn Lynch", "Le Velmor", "Dana Ostra"); the people
/// recognizer takes them before the organisation cues run. A word that only an organisation stands next to
/// ("the daily Le Velmor", "investment bank Varn Lynch", "Dana Ostra striker", "Dana Ostra v Tarsk") turns that
/// person into the organisation, and with it every other mention of the same name in the document.
/// </summary>
internal static class CuedOverPerson
{
    // Right before the name: what it is.
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "daily", "newspaper", "weekly", "journal", "magazine", "bank", "banks", "bankers", "firm", "company", "concern", "brokerage", "brokers",
        "carrier", "maker", "manufacturer", "conglomerate", "utility", "retailer", "club", "side",
    };

    // Right after the name: who works for it or what it issues.
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "shares", "striker", "midfielder", "defender", "goalkeeper", "winger", "newspaper", "daily",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup = Before.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterLookup = After.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        HashSet<string>? turned = null;
        var mentions = doc.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var person = mentions[m];
            if (person.Kind != MentionKind.Person || person.IsNominal)
            {
                continue;
            }

            int start = TokenAt(doc, person.Span.Start), end = TokenAt(doc, person.Span.End - 1) + 1;
            if (start < 0 || end <= start || !Cued(doc, start, end))
            {
                continue;
            }

            (turned ??= new(StringComparer.Ordinal)).Add(person.Span.Slice(doc.Text));
        }

        turned = FirmsByOtherMentions(doc, turned);
        if (turned is null)
        {
            return;
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            var person = mentions[m];
            if (person.Kind == MentionKind.Person && !person.IsNominal && turned.Contains(person.Span.Slice(doc.Text)))
            {
                string name = person.Span.Slice(doc.Text);
                doc.Replace(m, new MentionDraft(MentionKind.Organization, person.Span, "org:" + NameFolding.Slug(name), name));
            }
        }
    }

    // "Halvek said ... Halvek shares fell": a one-word name read as a person by its "said" whose other uses name a
    // firm's shares, profit or board is the firm; a name with a title or given name is never one word here.
    private static HashSet<string>? FirmsByOtherMentions(DocumentContext doc, HashSet<string>? turned)
    {
        Dictionary<string, int>? single = null; // each lone name's pronoun vote (see FirmsByPronouns)
        foreach (var m in doc.Mentions)
        {
            // The span is checked for a space before its text is copied: most people are named in full.
            if (m.Kind == MentionKind.Person && !m.IsNominal && !doc.Text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ')
                && m.Span.Slice(doc.Text) is var name && (turned is null || !turned.Contains(name)))
            {
                (single ??= new(StringComparer.Ordinal))[name] = 0;
            }
        }

        if (single is null)
        {
            return turned;
        }

        var lookup = single.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = doc.Tokens;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (!tokens[k].IsCapitalized || !lookup.TryGetValue(doc.Word(k), out int vote))
            {
                continue;
            }

            if (OrganizationCue.FirmWordAfter(doc, k) && !Titled(doc, k))
            {
                (turned ??= new(StringComparer.Ordinal)).Add(doc.Word(k).ToString());
            }

            if (vote >= 0)
            {
                int after = OrganizationPronouns.ReferenceAfter(doc, k + 1);
                lookup[doc.Word(k)] = after < 0 ? -1 : vote + after;
            }
        }

        return FirmsByPronouns(doc, single, turned);
    }

    // "Velcor said it would … Velcor said earlier its profit": a lone speaker some of whose uses are followed by a
    // firm's pronoun (it, its, which) and none by a person's (he, she, who) is the firm, unless it is a given name, a
    // word of a person named in full ("Glickman" after "Dan Glickman") or a place.
    private static HashSet<string>? FirmsByPronouns(DocumentContext doc, Dictionary<string, int> single, HashSet<string>? turned)
    {
        foreach (var (name, vote) in single)
        {
            if (vote <= 0 || turned is not null && turned.Contains(name) || GivenNames.Contains(name) || doc.TryGetPlace(name, out _)
                || PartOfFullName(doc, name))
            {
                continue;
            }

            (turned ??= new(StringComparer.Ordinal)).Add(name);
        }

        return turned;
    }

    // "Glickman" after "Dan Glickman": a word of a longer person's name.
    private static bool PartOfFullName(DocumentContext doc, string word)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.Kind != MentionKind.Person || m.IsNominal || m.Span.Length <= word.Length)
            {
                continue;
            }

            var name = doc.Text.AsSpan(m.Span.Start, m.Span.Length);
            foreach (var part in name.Split(' '))
            {
                if (name[part].SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Mr Halvek 's board", "Mr. Halvek": an honorific before the word keeps the person; the tokenizer splits its dot.
    private static bool Titled(DocumentContext doc, int k)
    {
        if (k == 0 || doc.BreakBefore(k))
        {
            return false;
        }

        int h = k > 1 && doc.Is(k - 1, ".") && !doc.BreakBefore(k - 1) ? k - 2 : k - 1;
        return PersonRecognizer.IsHonorific(doc.Word(h));
    }

    private static bool Cued(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && !doc.BreakBefore(start) && (BeforeLookup.Contains(doc.Word(start - 1)) || doc.Is(start - 1, "v"));
        bool after = end < tokens.Length && !doc.BreakBefore(end) && (AfterLookup.Contains(doc.Word(end)) || doc.Is(end, "v") && Opens(doc, start));
        return before || after || OrganizationCue.BesideCountryScore(doc, start, end); // "Kessel ( Ostravia ) 0 Dana Ostra"
    }

    // A fixture's home side opens its line or follows a comma or a colon ("Playing Monday : Dana Ostra v Tarsk").
    private static bool Opens(DocumentContext doc, int start)
        => start == 0 || doc.BreakBefore(start) || doc.Is(start - 1, ",") || doc.Is(start - 1, ":");

    // The token whose span holds the character at offset; -1 when none.
    private static int TokenAt(DocumentContext doc, int offset)
    {
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
