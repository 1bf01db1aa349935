using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// How a text refers back to what it names: a firm is "it/its/which", a person "he/she/his/who". The first such word
/// after a name in its clause ("Velcor said earlier its profit fell") tells which the name is.
/// </summary>
internal static class OrganizationPronouns
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "his", "him", "her", "hers", "himself", "herself",
    };

    private const int Window = 7;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalLookup = Personal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// +1 when the first pronoun after the name in its clause (within a few words) is a firm's ("Atria said earlier its
    /// profit", "Halvek , which"), −1 when it is a person's ("Brask said he", "Brask , who"), 0 when there is none.
    /// </summary>
    public static int ReferenceAfter(DocumentContext doc, int end)
    {
        var tokens = doc.Tokens;
        for (int k = end; k < tokens.Length && k < end + Window && !doc.BreakBefore(k); k++)
        {
            var word = doc.Word(k);
            if (word is "." or ";" or "\"")
            {
                return 0;
            }

            if (tokens[k].Shape is not (TokenShape.Lower or TokenShape.Capitalized) || tokens[k].Length is < 2 or > 7)
            {
                continue;
            }

            if (PersonalLookup.Contains(word) || word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("whose", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            if (word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("which"))
            {
                return 1;
            }
        }

        return 0;
    }
}
