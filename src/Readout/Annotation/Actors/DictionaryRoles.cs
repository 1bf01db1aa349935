using Readout.Model;

namespace Readout.Annotation.Actors;

/// <summary>
/// Fills the role of a person the text names without one from the actor dictionary, at the document's date.
/// Only full names are looked up (one hash probe on the entity key, given name + surname), so two people sharing
/// a surname never borrow each other's office; a text-given role always stands, and a dictionary entry for
/// another country than the text gives is not taken.
/// </summary>
internal static class DictionaryRoles
{
    /// <param name="actors">The dictionary to consult; null for the shipped one, loaded only when a lookup is needed.</param>
    public static IReadOnlyList<Entity> Apply(IReadOnlyList<Entity> entities, ActorDictionary? actors, DateOnly? documentDate)
    {
        List<Entity>? result = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Kind != MentionKind.Person || e.Role is not null || !e.Key.Contains('-', StringComparison.Ordinal)
                || !(actors ??= ActorDictionary.Shared).TryFind(e.Key, documentDate, out var tenure, out bool undated)
                || e.Country is not null && tenure.Country is not null && e.Country != tenure.Country)
            {
                continue;
            }

            result ??= [.. entities];
            result[i] = e with
            {
                Role = tenure.Role,
                Country = e.Country ?? tenure.Country,
                RoleSource = new RoleSource(RoleOrigin.Dictionary, tenure.From, tenure.To, undated),
            };
        }

        return result ?? entities;
    }
}
