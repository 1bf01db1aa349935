using System.Text.RegularExpressions;
using Readout.Helpers;

namespace Readout.Events;

/// <summary>One element of a verb pattern: alternative word runs (a synonym set gives several); <see cref="Adjacent"/>
/// when it must follow the previous element directly (the second word of a <c>{COMPOUND NOUN}</c>).</summary>
internal sealed record PatternElement(string[][] Alternatives, bool Adjacent);

/// <summary>A verb pattern: words before and after the verb, and the code it gives (null: the phrase is no event).</summary>
internal sealed record VerbPattern(PatternElement[] Before, PatternElement[] After, string? Code, int Words);

/// <summary>A synonym block of verbs sharing one default code and one list of patterns.</summary>
internal sealed record VerbBlock(string Name, string? Code, VerbPattern[] Patterns);

/// <summary>A verb form keyed by its first word: <see cref="Tail"/> are the words a multi-word verb needs right after it,
/// <see cref="Code"/> the verb's own code (else the block's; "" = the verb alone is no event).</summary>
internal sealed record VerbForm(string[] Tail, string? Code, VerbBlock Block, bool Participle);

/// <summary>
/// The PETRARCH-2 CAMEO verb dictionary (<c>CAMEO.2.0.txt</c>, Open Event Data Alliance, MIT licence; shipped
/// unmodified as an embedded resource with its notice). Read here: synonym sets (<c>&amp;NAME</c>), verb blocks
/// (<c>--- NAME [code] ---</c>), verb lines with optional irregular forms and code, and patterns
/// (<c>- before * after [code]</c>). Actor markers ($ ^ + %) are dropped: Readout codes the event, not the dyad,
/// and parenthesised phrases become ordinary in-order words because there is no parse tree to anchor them to.
/// </summary>
internal sealed partial class CameoVerbDictionary
{
    private readonly Dictionary<string, List<VerbForm>> _forms;
    private readonly Dictionary<string, List<VerbForm>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private CameoVerbDictionary(Dictionary<string, List<VerbForm>> forms)
    {
        _forms = forms;
        _lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CameoVerbDictionary Default => Lazy.Value;

    private static readonly Lazy<CameoVerbDictionary> Lazy = new(Load);

    public int FormCount => _forms.Count;

    /// <summary>Verb forms whose first word is <paramref name="word"/> (any case), without allocating.</summary>
    public List<VerbForm>? Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var forms) ? forms : null;

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBracket();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex FormBraces();

    private static CameoVerbDictionary Load()
    {
        using var stream = typeof(CameoVerbDictionary).Assembly.GetManifestResourceStream("Readout.Events.Data.CAMEO.2.0.txt")
            ?? throw new InvalidOperationException("Missing embedded CAMEO verb dictionary.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static CameoVerbDictionary Parse(TextReader reader)
    {
        var synsets = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        var forms = new Dictionary<string, List<VerbForm>>(StringComparer.OrdinalIgnoreCase);
        List<string[]>? synset = null;
        var inVerbs = false;
        string? blockName = null, blockCode = null;
        var verbLines = new List<string>();
        var patternLines = new List<string>();

        void FlushBlock()
        {
            if (blockName is null)
            {
                return;
            }

            var patterns = patternLines.Select(p => ParsePattern(p, synsets)).OfType<VerbPattern>().ToArray();
            var block = new VerbBlock(blockName, blockCode, patterns);
            foreach (var line in verbLines)
            {
                AddVerb(line, block, forms);
            }

            verbLines.Clear();
            patternLines.Clear();
            blockName = null;
        }

        while (reader.ReadLine() is { } raw)
        {
            var line = DictionaryLine.Content(raw).Trim().ToString();
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                inVerbs = true;
                continue;
            }

            if (raw.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal))
            {
                break;
            }

            if (line.Length == 0)
            {
                synset = null;
                continue;
            }

            inVerbs |= line.StartsWith("---", StringComparison.Ordinal);
            if (!inVerbs)
            {
                if (line[0] == '&')
                {
                    synset = [];
                    synsets[line] = synset;
                }
                else if (line[0] == '+' && synset is not null)
                {
                    synset.Add(Words(line[1..]));
                }

                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                FlushBlock();
                var name = line.Trim('-', ' ');
                var bracket = CodeBracket().Match(name);
                blockName = bracket.Success ? name[..bracket.Index].Trim() : name;
                blockCode = bracket.Success ? Code(bracket.Groups[1].Value) : null;
            }
            else if (line[0] == '-')
            {
                patternLines.Add(line);
            }
            else if (blockName is not null)
            {
                verbLines.Add(line);
            }
        }

        FlushBlock();
        return new CameoVerbDictionary(forms);
    }

    // A verb line: WORD or +MULTI_WORD, optional {irregular forms}, optional [code].
    private static void AddVerb(string line, VerbBlock block, Dictionary<string, List<VerbForm>> forms)
    {
        var bracket = CodeBracket().Match(line);
        var code = bracket.Success ? Code(bracket.Groups[1].Value) ?? "" : null;
        var braces = FormBraces().Match(line);
        var head = line[..(braces.Success ? braces.Index : bracket.Success ? bracket.Index : line.Length)].Trim().TrimStart('+');
        var words = Words(head);
        if (words.Length == 0)
        {
            return;
        }

        var variants = new List<(string[] Words, bool Participle)> { (words, false) };
        if (braces.Success)
        {
            variants.AddRange(braces.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => Words(f.TrimStart('+'))).Where(w => w.Length > 0).Select(w => (w, IsParticiple(w[0]))));
        }
        else
        {
            variants.AddRange(Inflections(words[0]).Select(f => ((string[])[f.Form, .. words[1..]], f.Participle)));
        }

        // The dictionary spells -ize; British and many wire texts write -ise ("criticised", "apologising").
        var british = variants.Where(v => v.Words[0].Contains("iz", StringComparison.Ordinal))
            .Select(v => ((string[])[v.Words[0].Replace("iz", "is", StringComparison.Ordinal), .. v.Words[1..]], v.Participle)).ToList();
        foreach (var (variant, participle) in variants.Concat(british))
        {
            if (!forms.TryGetValue(variant[0], out var list))
            {
                forms[variant[0]] = list = [];
            }

            list.Add(new VerbForm(variant[1..], code, block, participle));
        }
    }

    private static bool IsParticiple(string form) => form.EndsWith("ing", StringComparison.Ordinal) || form.EndsWith("ed", StringComparison.Ordinal);

    // Regular English inflections of a base verb (the dictionary lists irregular ones in braces).
    private static IEnumerable<(string Form, bool Participle)> Inflections(string verb)
    {
        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        var consonantY = verb.Length > 1 && verb[^1] == 'y' && !"aeiou".Contains(verb[^2], StringComparison.Ordinal);
        yield return (consonantY ? verb[..^1] + "ies" : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s", false);
        yield return (consonantY ? verb[..^1] + "ied" : stem + "ed", true);
        yield return ((verb.EndsWith("ee", StringComparison.Ordinal) ? verb : stem) + "ing", true);
    }

    private static VerbPattern? ParsePattern(string line, Dictionary<string, List<string[]>> synsets)
    {
        var bracket = CodeBracket().Match(line);
        if (!bracket.Success)
        {
            return null;
        }

        var code = Code(bracket.Groups[1].Value);
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        var target = before;
        var inCompound = false;
        var sawVerb = false;
        foreach (var piece in line[1..bracket.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var opens = piece.StartsWith('{');
            var token = piece.Trim('(', ')', '{', '}');
            var adjacentNext = inCompound && !opens;
            if (opens)
            {
                inCompound = true;
            }

            if (token == "*")
            {
                target = after;
                sawVerb = true;
            }
            else if (token.Length > 0 && token[0] == '&')
            {
                if (synsets.TryGetValue(token, out var set) && set.Count > 0)
                {
                    target.Add(new PatternElement([.. set], adjacentNext));
                }
            }
            else if (token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '\''))
            {
                var words = Words(token);
                for (var i = 0; i < words.Length; i++)
                {
                    target.Add(new PatternElement([[words[i]]], adjacentNext || i > 0));
                }
            }

            if (piece.EndsWith('}'))
            {
                inCompound = false;
            }
        }

        var count = before.Concat(after).Sum(e => e.Alternatives.Min(a => a.Length));
        return sawVerb && count > 0 ? new VerbPattern([.. before], [.. after], code, count) : null;
    }

    // "[042:043]" → 042; "[:110]" → 110 (the event seen from the target); "[---]" → null.
    private static string? Code(string bracket)
    {
        foreach (var part in bracket.Split(':'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0 && trimmed.All(char.IsDigit))
            {
                return trimmed;
            }
        }

        return null;
    }

    private static string[] Words(string phrase) =>
        phrase.Trim().ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
}
