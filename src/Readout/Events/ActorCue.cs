using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Whether a sentence names anyone who could act in a CAMEO event: a person, organisation or place the annotation
/// stage found, another proper name (a country the gazetteer lacks), or a generic agent noun ("police", "rebels").
/// CAMEO codes an event between actors, so a verb with no actor in reach ("an explosion sent a wall of flame...")
/// is no event.
/// </summary>
internal sealed class ActorCue(string body, Annotations annotations)
{
    // Generic agents of the CAMEO actor codebook (government, military, police, rebels, opposition, civilians...).
    private static readonly HashSet<string> AgentWords = new(
        ["government", "governments", "authorities", "administration", "regime", "cabinet", "parliament", "lawmakers",
         "legislators", "ministry", "minister", "ministers", "president", "premier", "chancellor", "king", "leader", "leaders",
         "official", "officials", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat", "diplomats",
         "police", "policemen", "officers", "army", "military", "troops", "soldiers", "forces", "navy", "warplanes", "jets",
         "rebels", "insurgents", "militants", "militia", "militias", "militiamen", "guerrillas", "gunmen", "attackers",
         "terrorists", "bombers", "separatists", "fighters", "protesters", "protestors", "demonstrators", "activists",
         "opposition", "strikers", "rioters", "students", "workers", "farmers", "residents", "villagers", "civilians",
         "refugees", "prisoners", "court", "judge", "judges", "prosecutor", "prosecutors", "party", "council", "committee",
         "union", "unions", "company", "companies", "crowd", "crowds", "mob", "coalition", "alliance", "junta"],
        StringComparer.OrdinalIgnoreCase);

    // Capitalised words that are not names: sentence openers, weekdays, months, titles.
    private static readonly HashSet<string> NotNames = new(
        ["the", "a", "an", "it", "its", "they", "he", "she", "we", "i", "this", "that", "these", "those", "there", "in",
         "on", "at", "after", "before", "when", "while", "as", "but", "and", "or", "if", "since", "for", "from", "to", "by",
         "with", "of", "some", "many", "most", "all", "one", "two", "three", "several", "thousands", "hundreds", "dozens",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr"],
        StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static List<WordToken>? t_tokens;

    public bool In(TextSpan sentence)
    {
        if (annotations.Mentions.Any(m => m.Kind is MentionKind.Person or MentionKind.Organization or MentionKind.Place
                && m.Span.Start >= sentence.Start && m.Span.End <= sentence.End))
        {
            return true;
        }

        var tokens = t_tokens ??= [];
        WordTokens.Split(body, sentence.Start, sentence.Length, tokens);
        var agents = AgentWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var notNames = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            var word = token.In(body);
            if (!token.Boundary && (agents.Contains(word) || (char.IsUpper(word[0]) && !notNames.Contains(word))))
            {
                return true;
            }
        }

        return false;
    }
}
