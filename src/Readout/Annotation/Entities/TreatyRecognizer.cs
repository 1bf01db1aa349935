using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Finds treaties: shipped aliases (<c>Data/treaties.tsv</c>, longest match, "treaty" suffix allowed) and
/// any capitalised name around "Treaty"/"Convention"/"Accord" ("Open Skies Treaty", "Treaty on Open Skies").
/// Keys are <c>treaty:&lt;canonical&gt;</c>: the alias key, else the acronym (strict initials of a long prefix
/// form, or the acronym itself), else the slug of the core name — so "X Treaty" and "Treaty on X" agree.
/// </summary>
internal static class TreatyRecognizer
{
    private static readonly PhraseMatcher<string> Aliases = LoadAliases();
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal) { "Treaty", "Convention", "Accord", "Accords", "Pact" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            int n = Aliases.Match(doc.Text, tokens, i, out var key);
            if (n > 0)
            {
                int end = i + n;
                if (end < tokens.Length && doc.Word(end) is "Treaty" or "treaty" && !doc.Word(end - 1).SequenceEqual("Treaty"))
                {
                    end++;
                }

                Add(doc, i, end, key);
                i = end - 1;
                continue;
            }

            if (HeadLookup.Contains(doc.Word(i)))
            {
                i = Generic(doc, i) - 1;
            }
        }

        MergeAcronyms(doc);
    }

    private static int Generic(DocumentContext doc, int head)
    {
        var tokens = doc.Tokens;
        int start = head;
        while (start > 0 && tokens[start - 1].IsCapitalized && !doc.IsClaimed(start - 1) && !tokens[start].SentenceStart
               && !doc.Word(start - 1).SequenceEqual("The"))
        {
            start--;
        }

        int end = head + 1;
        if (start == head && (doc.Is(end, "on") || doc.Is(end, "of")))
        {
            int k = end + 1;
            if (doc.Is(k, "the"))
            {
                k++;
            }

            int last = k;
            while (k < tokens.Length && !doc.BreakBefore(k) && (tokens[k].IsCapitalized || (doc.Is(k, "and") || doc.Is(k, ",") || doc.Is(k, "of")) && k + 1 < tokens.Length && tokens[k + 1].IsCapitalized))
            {
                k++;
                if (tokens[k - 1].IsCapitalized)
                {
                    last = k;
                }
            }

            end = last;
        }

        if (start == head && end == head + 1)
        {
            return head + 1; // a bare "Treaty" heading or sentence start
        }

        string surface = doc.Text[tokens[start].Start..tokens[end - 1].End];
        string key = Aliases.TryGet(surface, out var alias) ? alias : CoreKey(doc, start, head, end);
        Add(doc, start, end, key);
        return end;
    }

    private static string CoreKey(DocumentContext doc, int start, int head, int end)
    {
        var core = new List<string>();
        for (int k = start; k < end; k++)
        {
            if (k != head && doc.Tokens[k].Shape != TokenShape.Punctuation && !doc.Is(k, "the") && !(k == head + 1 && (doc.Is(k, "on") || doc.Is(k, "of"))))
            {
                core.Add(doc.Word(k).ToString());
            }
        }

        if (core.Count == 1 && Acronym.IsAcronym(core[0]))
        {
            return core[0].ToLowerInvariant();
        }

        bool prefixForm = start < head;
        return prefixForm && core.Count >= 3 ? Acronym.Initials(core).ToLowerInvariant() : NameFolding.Slug(string.Join(' ', core));
    }

    private static void Add(DocumentContext doc, int start, int end, string key)
    {
        var span = doc.SpanOf(start, end);
        doc.Add(new MentionDraft(MentionKind.Treaty, span, "treaty:" + key, span.Slice(doc.Text)), start, end);
    }

    // Within one document an acronym form ("New START") and a long form whose words spell it share the acronym's key.
    private static void MergeAcronyms(DocumentContext doc)
    {
        var treaties = doc.Mentions.Where(m => m.Kind == MentionKind.Treaty).ToList();
        foreach (var shortForm in treaties)
        {
            var shortWords = shortForm.Name.Split(' ').Where(w => w != "Treaty" && w != "treaty").ToArray();
            var acronym = shortWords.FirstOrDefault(Acronym.IsAcronym);
            if (acronym is null)
            {
                continue;
            }

            var literal = shortWords.TakeWhile(w => w != acronym).ToArray();
            foreach (var longForm in treaties.Where(t => t.Key != shortForm.Key))
            {
                var words = longForm.Name.Split(' ');
                if (words.Length > literal.Length + 1 && words.Take(literal.Length).SequenceEqual(literal) && Acronym.Matches(acronym, words[literal.Length..]))
                {
                    int index = doc.Mentions.IndexOf(longForm);
                    doc.Mentions[index] = longForm with { Key = shortForm.Key };
                }
            }
        }
    }

    private static PhraseMatcher<string> LoadAliases()
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var line in EmbeddedData.Lines("treaties.tsv"))
        {
            var f = EmbeddedData.Fields(line, 2);
            foreach (var form in EmbeddedData.List(f[1]))
            {
                matcher.Add(form, f[0]);
            }
        }

        return matcher;
    }
}
