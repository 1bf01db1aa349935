using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Comparison;

/// <summary>
/// Finds the reporting frame around a clause ("…, the ministry said.", "according to X", "The ministry added that …")
/// so that the claim is compared on what was said, and the channel that passed it on is kept apart.
/// </summary>
internal static partial class AttributionFrame
{
    private const string Verbs = @"(?:said|says|noted|notes|added|adds|reported|reports|informed|stated|states|announced|told reporters|" +
                                 @"cited the statement as saying|cited [^,""”]{1,40} as saying|quoted [^,""”]{1,40} as saying)";

    [GeneratedRegex(@"(?:^|[,""”“])\s*(?<src>[^,""”“]{2,60}?)\s+(?:also\s+)?" + Verbs + @"\s*[.]?\s*[""”]?\s*$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@",?\s*according to (?<src>[^""”“]{2,80}?)\s*[.]?\s*[""”]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex According();

    [GeneratedRegex(@"^\s*(?<src>[^,""”“]{2,60}?)\s+(?:also\s+)?(?:said|says|noted|added|reported|informed|stated|announced)\s*(?:that\s+|,\s*|:\s*)")]
    private static partial Regex Leading();

    /// <summary>A frame found: the content left once it is cut off, who it names, and whether that is a person (then the speaker).</summary>
    // The last word of every alternative of Verbs: a clause ending otherwise cannot match Trailing (which tries every
    // comma of the clause), so most clauses skip it.
    private static readonly string[] VerbEndings =
        ["said", "says", "noted", "notes", "added", "adds", "reported", "reports", "informed", "stated", "states", "announced", "reporters", "saying"];

    private static bool EndsWithFrameVerb(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '"' or '”'))
        {
            end--;
        }

        var tail = text.AsSpan(0, end);
        foreach (var ending in VerbEndings)
        {
            if (tail.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public sealed record Result(TextSpan Content, string? Source, IReadOnlyList<Mention> SourcePeople);

    public static Result Strip(string body, TextSpan clause, IReadOnlyList<Mention> mentions)
    {
        var start = clause.Start;
        var end = clause.End;
        string? source = null;
        var people = new List<Mention>();

        // Trailing frames can stack ("…, according to a press release by the ministry, Xinhua reported.").
        for (var round = 0; round < 3; round++)
        {
            var text = body[start..end];
            var match = EndsWithFrameVerb(text) ? Trailing().Match(text) : Match.Empty;
            if (!match.Success || match.Index < 8)
            {
                match = text.Contains("according to", StringComparison.OrdinalIgnoreCase) ? According().Match(text) : Match.Empty;
                if (!match.Success || match.Index < 8)
                {
                    break;
                }
            }

            var src = match.Groups["src"];
            Note(new TextSpan(start + src.Index, start + src.Index + src.Length), src.Value);
            end = start + match.Index;
        }

        var lead = Leading().Match(body[start..end]);
        if (lead.Success && end - start - lead.Length > 12)
        {
            var src = lead.Groups["src"];
            Note(new TextSpan(start + src.Index, start + src.Index + src.Length), src.Value);
            start += lead.Length;
        }

        while (end > start && (char.IsWhiteSpace(body[end - 1]) || body[end - 1] is ',' or '"' or '”' or '“'))
        {
            end--;
        }

        while (start < end && (char.IsWhiteSpace(body[start]) || body[start] is '"' or '”' or '“'))
        {
            start++;
        }

        return new Result(new TextSpan(start, end), source, people);

        void Note(TextSpan span, string text)
        {
            people.AddRange(mentions.Where(m => m.Kind == MentionKind.Person && m.Span.Start >= span.Start && m.Span.End <= span.End));
            source ??= text.Trim();
        }
    }
}
