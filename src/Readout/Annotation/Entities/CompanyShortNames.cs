using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A company named once with its legal form ("Velcor Inc", "Brisko S.A.") is the same company where the text
/// later drops the form ("Velcor said", "Brisko 's figures"). The short name must stand alone — no capitalised
/// neighbour on its line — and may not be a place or a given name. Runs with the organisations, before people.
/// </summary>
internal static class CompanyShortNames
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Plc", "PLC", "AG", "GmbH", "NV", "SpA", "SA", "S.A.", "N.V.", "LP", "Bhd", "Cos",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalFormLookup = LegalForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A company's legal form: strong enough to end a name even after "of" or "and".</summary>
    public static bool IsLegalForm(ReadOnlySpan<char> word) => LegalFormLookup.Contains(word);

    public static void Propagate(DocumentContext doc)
    {
        List<(string Core, MentionDraft Company)>? cores = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Kind == MentionKind.Organization && Core(doc, m.Span.Slice(doc.Text)) is { } core)
            {
                (cores ??= []).Add((core, m));
            }
        }

        if (cores is null)
        {
            return;
        }

        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || doc.IsClaimed(i))
            {
                continue;
            }

            foreach (var (core, company) in cores)
            {
                int end = Matches(doc, i, core);
                if (end > i && doc.IsFree(i, end) && Alone(doc, i, end))
                {
                    doc.Add(company with { Span = doc.SpanOf(i, end) }, i, end);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    // "Velcor Data Inc" → "Velcor Data": one to three words before the legal form, none a place or given name alone.
    private static string? Core(DocumentContext doc, string name)
    {
        int space = name.LastIndexOf(' ');
        if (space <= 0 || !IsLegalForm(name.AsSpan(space + 1)))
        {
            return null;
        }

        string core = name[..space].TrimEnd();
        int words = core.Count(' ') + 1;
        if (words > 3 || core.Contains(',') || doc.TryGetPlace(core, out _) || words == 1 && (GivenNames.Contains(core) || SportsClub.IsNotClub(core)))
        {
            return null;
        }

        return core;
    }

    // The token after the core's last word, when the tokens from i spell the core; else i.
    private static int Matches(DocumentContext doc, int i, string core)
    {
        var tokens = doc.Tokens;
        int pos = 0, k = i;
        while (k < tokens.Length && pos < core.Length)
        {
            var word = doc.Word(k);
            if (!core.AsSpan(pos).StartsWith(word, StringComparison.Ordinal) || k > i && doc.BreakBefore(k))
            {
                return i;
            }

            pos += word.Length;
            k++;
            if (pos < core.Length)
            {
                if (core[pos] != ' ')
                {
                    return i;
                }

                pos++;
            }
        }

        return pos == core.Length ? k : i;
    }

    private static bool Alone(DocumentContext doc, int start, int end)
    {
        var tokens = doc.Tokens;
        bool before = start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].SentenceStart && !doc.BreakBefore(start);
        bool after = end < tokens.Length && tokens[end].IsCapitalized && !doc.BreakBefore(end);
        return !before && !after;
    }
}
