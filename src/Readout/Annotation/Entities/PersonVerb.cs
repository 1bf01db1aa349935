using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// Verbs only a person does, after a name the lists do not know: "Tarik Velund died in custody", "Onno Brask has
/// confirmed". A reporting verb may come behind an auxiliary ("has confirmed", "had said"); the others are life
/// events no firm, team or place undergoes.
/// </summary>
internal static class PersonVerb
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LifeVerbLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "died", "dies", "resigned", "married", "testified", "confessed", "smiled", "shrugged", "laughed",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "has", "had", "have",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the tokens from <paramref name="end"/> say the run before them did what only a person does.</summary>
    public static bool After(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        if (end >= tokens.Length || tokens[end].Shape != TokenShape.Lower || doc.BreakBefore(end))
        {
            return false;
        }

        if (LifeVerbLookup.Contains(doc.Word(end)))
        {
            return true;
        }

        return AuxiliaryLookup.Contains(doc.Word(end)) && end + 1 < tokens.Length && tokens[end + 1].Shape == TokenShape.Lower
               && !doc.BreakBefore(end + 1) && PersonRecognizer.IsReportingVerb(doc.Word(end + 1));
    }
}
