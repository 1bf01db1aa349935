using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// The deities of the major faiths ("God forbid", "in the name of Jesus"): news text names them like people, and no
/// other cue reaches a lone word with no given name, title or reporting verb.
/// </summary>
internal static class PersonDeity
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeityLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "God", "Allah", "Jesus",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the one-word run at <paramref name="k"/> is a deity's name (capitalised, not an all-caps headline word).</summary>
    public static bool Holds(DocumentContext doc, int k) => doc.Tokens[k].Shape == TokenShape.Capitalized && DeityLookup.Contains(doc.Word(k));
}
