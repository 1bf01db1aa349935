using Readout.Annotation.Names;
using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A sentence's first word, unknown but capitalised, right before a person's bare surname is that person's given
/// name ("Madhusudan Munakarmi said" read as "Munakarmi" alone): a sentence opener gives no other sign it is a name,
/// so the run was left, and coreference later found the surname. Not a clause opener, title, place or common word.
/// </summary>
internal static class OpeningGivenName
{
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

            int g = k - 1; // the word before the surname
            if (k >= tokens.Length || tokens[k].Start != m.Span.Start || g < 0 || !tokens[g].SentenceStart || tokens[g].Shape != TokenShape.Capitalized
                || doc.IsClaimed(g) || doc.BreakBefore(k) || GivenNames.IsWordLike(doc.Word(g)) || !KnownSurnames.MayBeGivenName(doc, g))
            {
                continue;
            }

            string given = doc.Word(g).ToString();
            string surname = m.Name[(m.Name.LastIndexOf(' ') + 1)..];
            if (m.Key != NameFolding.PersonKey(null, surname) || given.EndsWith("ly", StringComparison.Ordinal))
            {
                continue; // coreference tied it to someone named in full, whose given name this is not; or an adverb
            }

            mentions.RemoveAt(i--);
            doc.Add(m with { Span = new TextSpan(tokens[g].Start, m.Span.End), Name = given + " " + m.Name, Given = NameFolding.FoldGivenName(given), Key = NameFolding.PersonKey(given, surname) }, g, g + 1);
            joined = true;
        }

        if (joined)
        {
            mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }
}
