using System.Collections.Frozen;
using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A weak cue for organisations with nothing else in their sentence: companies, international bodies, NGOs, armed
/// groups and sports teams named in open dictionaries (<c>Data/organizations-open.txt</c>: "Velmorbank", "Kestrel
/// Tarsk Mariners"). A listed name counts only as a whole capitalised run on its line, and only where no rule has read
/// it yet: the lexicon runs after people and places, so any stronger cue in the text wins.
/// </summary>
internal static class OrganizationLexicon
{
    private const int MaxChars = 96; // longer runs are not looked up: no listed name is that long

    // Names are stored with their tokens joined by single spaces, compared ignoring case ("HONDA", "Honda").
    private static readonly (FrozenSet<string> Names, FrozenDictionary<string, int> FirstWords) Lexicon = Load();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Lexicon.Names.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FirstLookup = Lexicon.FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Count => Lexicon.Names.Count;

    public static void Recognize(DocumentContext doc)
    {
        var tokens = doc.Tokens;
        Span<char> key = stackalloc char[MaxChars];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i) || !FirstLookup.TryGetValue(doc.Word(i), out int longest))
            {
                continue;
            }

            int n = Match(doc, i, Math.Min(longest, tokens.Length - i), key);
            if (n > 0 && WholeRun(doc, i, i + n))
            {
                string name = doc.Text[tokens[i].Start..tokens[i + n - 1].End];
                doc.Add(new MentionDraft(MentionKind.Organization, doc.SpanOf(i, i + n), "org:" + NameFolding.Slug(name), name), i, i + n);
                i += n - 1;
            }
        }
    }

    /// <summary>The token count of the longest listed name of free tokens at <paramref name="i"/>, whatever its neighbours; 0 when none.</summary>
    public static int MatchAt(DocumentContext doc, int i)
    {
        if (!FirstLookup.TryGetValue(doc.Word(i), out int longest))
        {
            return 0;
        }

        Span<char> key = stackalloc char[MaxChars];
        return Match(doc, i, Math.Min(longest, doc.Tokens.Length - i), key);
    }

    // The longest listed name of free tokens on one line starting at i; 0 when none.
    private static int Match(DocumentContext doc, int i, int longest, Span<char> key)
    {
        var tokens = doc.Tokens;
        int length = 0, best = 0;
        for (int k = i; k < i + longest; k++)
        {
            var word = doc.Word(k);
            if (doc.IsClaimed(k) || (k > i && doc.BreakBefore(k)) || length + word.Length + 1 > key.Length)
            {
                break;
            }

            if (k > i)
            {
                key[length++] = ' ';
            }

            word.CopyTo(key[length..]);
            length += word.Length;
            // "Velmor parliament" is not "Velmor Parliament"; "Velmor 's" is the firm's own name.
            if ((tokens[k].IsCapitalized || word is "'s" or "'S") && NameLookup.Contains(key[..length]))
            {
                best = k - i + 1;
            }
        }

        return best;
    }

    // "Kestrel Motors", "Jon Velmor", "VELMOR CLASSIC": a listed name inside a longer capitalised run is part of
    // another name (an all-caps headline included: it cannot tell the two apart).
    private static bool WholeRun(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && tokens[start - 1].IsCapitalized && !tokens[start].SentenceStart && !doc.BreakBefore(start);
        bool after = end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end);
        return !before && !after;
    }

    private static (FrozenSet<string>, FrozenDictionary<string, int>) Load()
    {
        var names = new List<string>();
        var firstWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("organizations-open.txt"))
        {
            // Tokenized as the text will be ("conn's" → "conn 's"), so a name matches word for word.
            var tokens = Tokenizer.Tokenize(line);
            if (tokens.Length == 0)
            {
                continue;
            }

            names.Add(string.Join(' ', tokens.Select(t => line[t.Start..t.End])));
            string first = line[tokens[0].Start..tokens[0].End];
            firstWords[first] = Math.Max(firstWords.GetValueOrDefault(first), tokens.Length);
        }

        return (names.ToFrozenSet(StringComparer.OrdinalIgnoreCase), firstWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
