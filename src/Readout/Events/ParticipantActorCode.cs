using System.Globalization;
using System.Text;
using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Gives an event participant a CAMEO actor code at the event's date, as GDELT/Phoenix records carry one: the actor
/// dictionary's code for the person (the office held that day: a foreign minister in office is the country's GOV),
/// else the country's code plus the agent code of the role ("RUS" + "GOV"), else the country's code alone, else none —
/// never a guess. Name forms are tried as the dictionary writes them: the full name, first and last name, and the
/// surname alone only when it names someone of the participant's own country.
/// </summary>
internal sealed class ParticipantActorCode(ActorDictionary dictionary, AgentNouns agents)
{
    // Built on the first participant to code, so a run with no events never loads the dictionaries (≈1 s).
    private static readonly Lazy<ParticipantActorCode> Lazy = new(() => new(ActorDictionary.Default, AgentNouns.Default));

    public static ParticipantActorCode Default => Lazy.Value;

    /// <summary>Every participant of <paramref name="mention"/> coded at its date (else <paramref name="fallbackDate"/>).</summary>
    public static EventMention Assign(EventMention mention, DateOnly? fallbackDate)
    {
        if (mention.Participants.Count == 0)
        {
            return mention;
        }

        var coder = Default;
        var date = mention.Date ?? fallbackDate;
        return mention with { Participants = [.. mention.Participants.Select(p => coder.Code(p, date))] };
    }

    /// <summary>The participant with its actor code, country code and the path that gave them (unchanged when none does).</summary>
    public Participant Code(Participant participant, DateOnly? date)
    {
        var country = participant.Country is { } name ? CountryCode(name, date) : null;
        var agent = participant.Role is { } role ? AgentCode(role) : null;
        if (PersonCode(participant.Name, country, date) is { } code)
        {
            if (date is not null || agent is null)
            {
                return participant with { ActorCode = code, ActorCountryCode = CountryOf(code), ActorCodeSource = ActorCodeSource.Dictionary };
            }

            // Undated, the dictionary cannot tell which office was held: it gives the country, the text's role the type.
            country ??= CountryOf(code);
        }

        if (country is null)
        {
            return participant;
        }

        return agent is not null
            ? participant with { ActorCode = ActorCodes.Mix(country, agent), ActorCountryCode = country, ActorCodeSource = ActorCodeSource.CountryAndRole }
            : participant with { ActorCode = country, ActorCountryCode = country, ActorCodeSource = ActorCodeSource.Country };
    }

    /// <summary>The dictionary's country code for a country's name ("Russia" → "RUS"), or null.</summary>
    public string? CountryCode(string name, DateOnly? date)
    {
        var (text, words) = Words(name);
        return WholeMatch(text, words, date) is { } code && dictionary.CountryCodes.Contains(code) ? code : null;
    }

    /// <summary>The agent code of the longest agent phrase in a role ("Deputy Foreign Minister" → "GOV"); ties go to the later (head) noun.</summary>
    public string? AgentCode(string role)
    {
        var (text, words) = Words(role);
        string? best = null;
        var bestLength = 0;
        for (var k = 0; k < words.Count; k++)
        {
            var (length, code) = agents.Match(text, words, k);
            if (code is not null && length >= bestLength)
            {
                best = code;
                bestLength = length;
            }
        }

        return best;
    }

    private string? PersonCode(string name, string? country, DateOnly? date)
    {
        var (text, words) = Words(name);
        if (words.Count == 0)
        {
            return null;
        }

        // A single word is a surname: it names this person only if the dictionary's holder is of their country.
        var full = Accept(WholeMatch(text, words, date), country, sameCountryOnly: words.Count == 1);
        if (full is not null || words.Count < 2)
        {
            return full;
        }

        var firstLast = words.Count > 2 ? Accept(WholeMatch(text, [words[0], words[^1]], date), country, sameCountryOnly: false) : null;
        return firstLast ?? Accept(WholeMatch(text, [words[^1]], date), country, sameCountryOnly: true);
    }

    // A person's code unless it is unplaced ("---") or of another country than the text gives.
    private string? Accept(string? code, string? country, bool sameCountryOnly)
    {
        if (code is null || code.StartsWith(ActorDictionary.Unknown, StringComparison.Ordinal))
        {
            return null;
        }

        var codeCountry = CountryOf(code);
        return sameCountryOnly ? (country is not null && codeCountry == country ? code : null)
            : country is null || codeCountry is null || codeCountry == country ? code : null;
    }

    private string? CountryOf(string code) =>
        code.Length >= 3 && dictionary.CountryCodes.Contains(code[..3]) ? code[..3] : null;

    // The code of a dictionary phrase covering exactly these words.
    private string? WholeMatch(string text, List<WordToken> words, DateOnly? date) =>
        dictionary.MatchAt(text, words, 0, date) is { } match && match.Length == words.Count ? match.Code : null;

    // The words of a name, accents folded (the dictionaries are written in ASCII capitals).
    private static (string Text, List<WordToken> Words) Words(string value)
    {
        var text = Fold(value);
        var words = new List<WordToken>();
        WordTokens.Split(text, 0, text.Length, words);
        words.RemoveAll(t => t.Boundary);
        return (text, words);
    }

    private static string Fold(string value)
    {
        if (Ascii.IsValid(value))
        {
            return value;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
