using Readout.Annotation.Entities;

namespace Readout.Annotation;

/// <summary>
/// What the shipped gazetteer says about a place mention's wording. A place mention may be a demonym
/// ("Russian", "Palestinians"): it keys to the country for events, but is a nationality, not a location name,
/// which is how benchmark tag sets such as CoNLL's (MISC) count it.
/// </summary>
public static class PlaceNames
{
    /// <summary>True when the phrase is a demonym (adjective or plural) of a known country.</summary>
    public static bool IsDemonym(string phrase)
        => Gazetteer.Shared.TryGet(phrase, out var entry) && entry.Form == PlaceForm.Demonym
           || Gazetteer.Shared.TryGet(TitleCase(phrase), out entry) && entry.Form == PlaceForm.Demonym;

    // All-caps headlines ("RUSSIAN") are looked up in their ordinary spelling.
    private static string TitleCase(string phrase)
        => phrase.Length > 1 && phrase.All(c => !char.IsLower(c)) ? phrase[0] + phrase[1..].ToLowerInvariant() : phrase;
}
