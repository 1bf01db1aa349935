using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Comparison;

/// <summary>
/// One word of a claim. <see cref="Key"/> is what two claims compare on: the entity key for a named thing
/// (so "INF Treaty" meets "Intermediate-Range Nuclear Forces Treaty"), the synonym group, or the stem.
/// </summary>
public sealed record ClaimToken(int Start, int End, string Lower, string Stem, string Key, bool IsContent, Mention? Entity)
{
    /// <summary>Written with a capital (or a recognised entity): a likely name, whose absence on the other side weighs more.</summary>
    public bool Capitalised { get; init; }
}

/// <summary>Turns a stretch of text (with the document's mentions, when known) into <see cref="ClaimToken"/>s.</summary>
public static partial class ClaimTokens
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-\.][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    /// <summary>Tokens of <paramref name="text"/>[span]; mentions inside the span collapse to one entity token each.</summary>
    public static IReadOnlyList<ClaimToken> Of(string text, TextSpan span, IReadOnlyList<Mention>? mentions = null)
    {
        var inside = mentions?.Where(m => m.Span.Start >= span.Start && m.Span.End <= span.End).OrderBy(m => m.Span.Start).ToList() ?? [];
        var tokens = new List<ClaimToken>(span.Length / 5);
        var next = 0;
        foreach (Match match in WordPattern().Matches(text.Substring(span.Start, span.Length)))
        {
            var start = span.Start + match.Index;
            var end = start + match.Length;
            while (next < inside.Count && inside[next].Span.End <= start)
            {
                next++;
            }

            if (next < inside.Count && inside[next].Span.Start < end)
            {
                var mention = inside[next];
                if (tokens.Count == 0 || tokens[^1].Entity != mention)
                {
                    var key = "@" + mention.EntityKey;
                    tokens.Add(new ClaimToken(mention.Span.Start, mention.Span.End, mention.Text.ToLowerInvariant(), key, key, true, mention) { Capitalised = true });
                }

                continue;
            }

            AddWord(tokens, match.Value, start);
        }

        return tokens;
    }

    /// <summary>Tokens of a plain sentence (no annotations), as the paraphrase benchmarks use.</summary>
    public static IReadOnlyList<ClaimToken> Of(string text) => Of(text, new TextSpan(0, text.Length));

    private static void AddWord(List<ClaimToken> tokens, string word, int start)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        var capitalised = char.IsUpper(word[0]);
        if (lower.EndsWith("n't", StringComparison.Ordinal))
        {
            Add(tokens, lower[..^3], start, capitalised);
            Add(tokens, "n't", start + lower.Length - 3, false);
            return;
        }

        Add(tokens, lower, start, capitalised);
    }

    private static void Add(List<ClaimToken> tokens, string lower, int start, bool capitalised)
    {
        if (lower.Length == 0)
        {
            return;
        }

        var stem = Stemmer.Stem(lower);
        var group = SynonymTable.Group(stem);
        var key = group >= 0 ? "~" + group : stem;
        var content = !WordLists.Stopwords.Contains(lower) && !WordLists.Negations.Contains(lower);
        tokens.Add(new ClaimToken(start, start + lower.Length, lower, stem, key, content, null) { Capitalised = capitalised });
    }
}
