using Readout.Model;

namespace Readout.Annotation.Actors;

/// <summary>
/// Fills what the text leaves out about a person from the actor dictionary, at the document's date: the role of a
/// person named without one, and the country of a person named with a role but no country ("Presidents Vladimir
/// Putin and Joe Biden"), the latter only from a tenure of the same office (<see cref="OfficeTitle"/>). Only full
/// names are looked up (one hash probe on the entity key, given name + surname), so two people sharing a surname
/// never borrow each other's office; a text-given role always stands, a text-given country is never replaced, and
/// a dictionary entry for another country than the text gives is not taken.
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
            if (e.Kind != MentionKind.Person || e.Role is not null && e.Country is not null || !e.Key.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            actors ??= ActorDictionary.Shared;
            var filled = e.Role is null ? WithRole(e, actors, documentDate) : WithCountry(e, actors, documentDate);
            if (filled is not null)
            {
                result ??= [.. entities];
                result[i] = filled;
            }
        }

        return result ?? entities;
    }

    private static Entity? WithRole(Entity e, ActorDictionary actors, DateOnly? documentDate)
    {
        if (!actors.TryFind(e.Key, documentDate, out var tenure, out bool undated)
            || e.Country is not null && tenure.Country is not null && e.Country != tenure.Country)
        {
            return null;
        }

        var source = new RoleSource(RoleOrigin.Dictionary, tenure.From, tenure.To, undated);
        return e with
        {
            Role = tenure.Role,
            Country = e.Country ?? tenure.Country,
            RoleSource = source,
            CountrySource = e.Country is null && tenure.Country is not null ? source : e.CountrySource,
        };
    }

    // The text's role and its evidence stay; the country comes with the tenure it was read from.
    private static Entity? WithCountry(Entity e, ActorDictionary actors, DateOnly? documentDate)
        => actors.TryFindOffice(e.Key, documentDate, e.Role!, out var tenure, out bool undated) && tenure.Country is not null
            ? e with { Country = tenure.Country, CountrySource = new RoleSource(RoleOrigin.Dictionary, tenure.From, tenure.To, undated) }
            : null;
}
