namespace Readout.Events;

/// <summary>
/// Without a parser, a plural noun reads like a verb ("rocket attacks", "Israeli strikes", "diplomatic talks"). An -s
/// form after a word that only modifies nouns — an adjective by its ending, a demonym, a typical noun modifier — is
/// the head of a noun phrase, not the sentence's verb. An agent noun before it is a subject instead
/// ("the official says", "police arrests").
/// </summary>
internal static class NounCompound
{
    // Nouns that commonly modify a following noun in conflict and diplomacy reporting.
    private static readonly HashSet<string> Modifiers = new(
        ["rocket", "mortar", "missile", "air", "drone", "suicide", "bomb", "car", "border", "peace", "trade", "terror",
         "gun", "grenade", "artillery", "tank", "naval", "ground", "cross-border", "retaliatory", "weekend", "overnight",
         "recent", "deadly", "fresh", "repeated", "latest", "alleged", "joint", "bilateral", "direct", "further"],
        StringComparer.OrdinalIgnoreCase);

    // Adjective endings ("military", "diplomatic", "massive", "terrorist", "Chinese"); -al is left out ("official").
    private static readonly string[] AdjectiveEndings = ["ic", "ive", "ary", "ous", "ese", "ian", "ish"];

    public static bool Modifies(string text, WordToken before, WordToken word)
    {
        var form = word.In(text);
        if (form.Length < 4 || form[^1] is not ('s' or 'S') || form[^2] is 's' or 'S' || char.IsUpper(form[0]))
        {
            return false;
        }

        var modifier = before.In(text);
        if (AgentNouns.Default.IsAgent(modifier))
        {
            return false;
        }

        if (Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(modifier))
        {
            return true;
        }

        foreach (var ending in AdjectiveEndings)
        {
            if (modifier.Length > ending.Length + 2 && modifier.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // A demonym: "Israeli strikes", "Pakistani raids".
        return char.IsUpper(modifier[0]) && modifier.Length > 4 && modifier[^1] is 'i';
    }
}
