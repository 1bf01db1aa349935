using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Words right before a bare surname mention that belong to the name, once coreference has found the bare surnames:
/// its particles ("lobbed van der Sar", "de Nooijer 80th", "2. Van Heeswijk") and a sentence's unknown first word, its
/// given name ("Madhusudan Munakarmi said" was read as "Munakarmi": a sentence opener gives no other sign it is a name).
/// The opener must be no clause opener, title, place or common word, and the surname no full name's here.
/// </summary>
internal static class BareSurnameHead
{
    private static readonly HashSet<string> ParticleSet = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "della", "del", "di", "du", "von", "ter", "ten", "Van", "De", "Von", "Della", "Di", "VAN", "DE", "VON",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = ParticleSet.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Join(DocumentContext doc)
    {
        var mentions = doc.Mentions;
        var tokens = doc.Tokens;
        bool joined = false;
        int k = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Person || m.Given is not null || m.IsNominal || m.Role is not null)
            {
                continue;
            }

            while (k < tokens.Length && tokens[k].Start < m.Span.Start)
            {
                k++;
            }

            if (k >= tokens.Length || tokens[k].Start != m.Span.Start)
            {
                continue;
            }

            int head = ParticlesBefore(doc, k);
            MentionDraft joinedMention;
            if (head < k)
            {
                joinedMention = m with { Span = new TextSpan(tokens[head].Start, m.Span.End), Name = doc.Text[tokens[head].Start..m.Span.End] };
            }
            else if (OpeningGivenName(doc, k, m) is { } given)
            {
                head = k - 1;
                string surname = m.Name[(m.Name.LastIndexOf(' ') + 1)..];
                joinedMention = m with
                {
                    Span = new TextSpan(tokens[head].Start, m.Span.End),
                    Name = given + " " + m.Name,
                    Given = NameFolding.FoldGivenName(given),
                    Key = NameFolding.PersonKey(given, surname),
                };
            }
            else
            {
                continue;
            }

            mentions.RemoveAt(i--);
            doc.Add(joinedMention, head, k);
            joined = true;
        }

        if (joined)
        {
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    // Up to two unclaimed particles on the surname's line; a capitalised one not inside a longer capitalised run.
    private static int ParticlesBefore(DocumentContext doc, int k)
    {
        int head = k;
        while (head > 0 && k - head < 2 && !doc.BreakBefore(head) && !doc.IsClaimed(head - 1) && Particles.Contains(doc.Word(head - 1)))
        {
            head--;
        }

        bool capitalised = head < k && doc.Tokens[head].Shape != TokenShape.Lower;
        bool inRun = head > 0 && !doc.BreakBefore(head) && doc.Tokens[head - 1].IsCapitalized && !doc.Tokens[head].SentenceStart;
        return capitalised && inRun ? k : head;
    }

    private static string? OpeningGivenName(DocumentContext doc, int k, MentionDraft m)
    {
        int g = k - 1;
        var tokens = doc.Tokens;
        if (g < 0 || !tokens[g].SentenceStart || tokens[g].Shape != TokenShape.Capitalized || doc.IsClaimed(g) || doc.BreakBefore(k)
            || GivenNames.IsWordLike(doc.Word(g)) || doc.Word(g).EndsWith("ly", StringComparison.Ordinal) || !KnownSurnames.MayBeGivenName(doc, g))
        {
            return null;
        }

        // Coreference tied the surname to someone named in full, whose given name this word is not.
        string surname = m.Name[(m.Name.LastIndexOf(' ') + 1)..];
        return m.Key == NameFolding.PersonKey(null, surname) ? doc.Word(g).ToString() : null;
    }
}
