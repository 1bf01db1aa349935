using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// A person read from a layout, a list, a description or the span typer rather than a cue word: its first word the
/// given name (when it has two or more), its last the surname.
/// </summary>
internal static class PersonDraft
{
    public static void Add(DocumentContext doc, int start, int end)
    {
        string surname = doc.Word(end - 1).ToString();
        string? given = end - start >= 2 ? doc.Word(start).ToString() : null;
        string name = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        var draft = new MentionDraft(MentionKind.Person, doc.SpanOf(start, end), NameFolding.PersonKey(given, surname), name)
        {
            Given = given is null ? null : NameFolding.FoldGivenName(given),
            Surname = NameFolding.FoldToken(surname),
        };
        doc.Add(draft, start, end);
    }
}
