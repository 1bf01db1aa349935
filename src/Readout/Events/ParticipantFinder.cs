using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Finds who takes part in an event: the people the annotation stage found in a span of the body,
/// and the people a title names (titles carry no annotation spans, so they are matched by name).
/// </summary>
internal sealed partial class ParticipantFinder
{
    private readonly List<Mention> _people;
    private readonly Dictionary<string, Entity> _entities;

    public ParticipantFinder(Annotations annotations)
    {
        _people = annotations.Mentions.Where(m => m.Kind == MentionKind.Person).OrderBy(m => m.Span.Start).ToList();
        _entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in annotations.Entities)
        {
            _entities.TryAdd(entity.Key, entity);
        }
    }

    /// <summary>People mentioned inside <paramref name="span"/>, in order of first mention.</summary>
    public IEnumerable<Participant> In(TextSpan span) => In(span, []);

    /// <summary>People mentioned inside <paramref name="span"/> but outside every span of <paramref name="except"/>.</summary>
    public IEnumerable<Participant> In(TextSpan span, IReadOnlyList<TextSpan> except)
    {
        // Sorted by start: only the people from the span's start on are looked at, until one starts past its end.
        for (var i = SortedSpans.FirstStartingAtOrAfter(_people, span.Start, static m => m.Span); i < _people.Count && _people[i].Span.Start <= span.End; i++)
        {
            var mention = _people[i];
            if (mention.Span.End <= span.End && !except.Any(x => mention.Span.Start >= x.Start && mention.Span.End <= x.End))
            {
                yield return ToParticipant(mention);
            }
        }
    }

    /// <summary>People of this document whose name, alias, surname or a body spelling appears in the title.</summary>
    public IEnumerable<Participant> InTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
        }

        foreach (var group in _people.GroupBy(m => m.EntityKey, StringComparer.Ordinal))
        {
            if (NamesOf(group.Key, group).Any(name => ContainsWord(title, name)))
            {
                yield return ToParticipant(group.First());
            }
        }
    }

    /// <summary>
    /// In diplomatic events the parties are office holders: once two people with a role are present, a person
    /// the text gives no role is someone talked about ("the Navalny case"), not a party.
    /// </summary>
    public static List<Participant> PreferOfficials(List<Participant> participants) =>
        participants.Count(p => p.Role is not null) >= 2 ? participants.Where(p => p.Role is not null).ToList() : participants;

    /// <summary>Distinct by entity key, first occurrence wins, filling role and country from later ones.</summary>
    public static List<Participant> Distinct(IEnumerable<Participant> participants)
    {
        var result = new List<Participant>();
        foreach (var participant in participants)
        {
            var index = result.FindIndex(p => p.EntityKey == participant.EntityKey);
            if (index < 0)
            {
                result.Add(participant);
            }
            else
            {
                var known = result[index];
                result[index] = known.Role is null
                    ? (known with { Role = participant.Role, RoleSource = participant.RoleSource }).WithCountryFrom(participant)
                    : known.WithCountryFrom(participant);
            }
        }

        return result;
    }

    private Participant ToParticipant(Mention mention) =>
        _entities.TryGetValue(mention.EntityKey, out var entity)
            ? new Participant(entity.Key, entity.Name, entity.Role, entity.Country) { RoleSource = entity.RoleSource, CountrySource = entity.CountrySource }
            : new Participant(mention.EntityKey, mention.Text, null, null);

    private IEnumerable<string> NamesOf(string key, IEnumerable<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            yield return mention.Text;
        }

        if (_entities.TryGetValue(key, out var entity))
        {
            yield return entity.Name;
            foreach (var alias in entity.Aliases)
            {
                yield return alias;
            }

            // A headline usually names people by surname alone ("Valkov, Korsgaard discuss ...").
            var surname = LastWord().Match(entity.Name).Value;
            if (surname.Length >= 3 && surname != entity.Name)
            {
                yield return surname;
            }
        }
    }

    private static bool ContainsWord(string text, string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetter(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*$")]
    private static partial Regex LastWord();
}
