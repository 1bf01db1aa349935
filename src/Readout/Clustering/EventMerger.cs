using Readout.Model;

namespace Readout.Clustering;

/// <summary>Builds the stored view of an event: a new one from a mention, or a stored one joined by another report.</summary>
internal static class EventMerger
{
    /// <summary>Topics kept per event: the first reports' topics, then newcomers, up to this many.</summary>
    public const int MaxTopics = 12;

    public static StoredEvent New(EventMention mention, DocumentRef document) => new()
    {
        Kind = mention.Kind,
        CameoCode = mention.CameoCode,
        Date = mention.Date,
        Participants = mention.Participants,
        Place = mention.Place,
        Topics = mention.Topics.Take(MaxTopics).ToList(),
        Documents = [document.Id],
        Primary = document.Id,
    };

    public static StoredEvent Join(StoredEvent stored, EventMention mention, DocumentRef document, IEventIndex index)
    {
        var documents = stored.Documents.Contains(document.Id) ? stored.Documents : [.. stored.Documents, document.Id];
        var refs = documents.Select(id => id == document.Id ? document : index.GetDocument(id)).OfType<DocumentRef>();
        return stored with
        {
            Date = stored.Date ?? mention.Date,
            Participants = MergeParticipants(stored.Participants, mention.Participants),
            Place = stored.Place ?? mention.Place,
            Topics = stored.Topics.Concat(mention.Topics).Distinct(StringComparer.Ordinal).Take(MaxTopics).ToList(),
            Documents = documents,
            Primary = PrimarySourceChooser.Choose(refs) ?? stored.Primary,
        };
    }

    // Union by entity key; a side that lacks a role or country takes the other's (wire copy often drops titles).
    private static List<Participant> MergeParticipants(IReadOnlyList<Participant> stored, IReadOnlyList<Participant> incoming)
    {
        var merged = stored.ToList();
        foreach (var participant in incoming)
        {
            var index = merged.FindIndex(p => p.EntityKey == participant.EntityKey);
            if (index < 0)
            {
                merged.Add(participant);
                continue;
            }

            var known = merged[index];
            known = known.Role is null
                ? (known with { Role = participant.Role, RoleSource = participant.RoleSource }).WithCountryFrom(participant)
                : known.WithCountryFrom(participant);
            merged[index] = SurerCode(participant, known) ? known with
            {
                ActorCode = participant.ActorCode,
                ActorCountryCode = participant.ActorCountryCode,
                ActorCodeSource = participant.ActorCodeSource,
            } : known;
        }

        return merged;
    }

    // A later report can code an actor better (it names the country, or the dictionary knows the person): the code
    // from the surer path wins (dictionary, then country and role, then country alone).
    private static bool SurerCode(Participant incoming, Participant known) =>
        incoming.ActorCode is not null
        && (known.ActorCode is null || (int)incoming.ActorCodeSource.GetValueOrDefault(ActorCodeSource.Country) < (int)known.ActorCodeSource.GetValueOrDefault(ActorCodeSource.Country));
}
