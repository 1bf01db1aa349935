using System.Globalization;

namespace Readout.Annotation.Actors;

/// <summary>
/// Builds the shipped actor dictionary: office holders and dates from CountryInfo, spelling variants from the
/// Phoenix actor files. Kept small on purpose: full names (two words or more) with a role and a country only,
/// and a spelling two different countries' people share is dropped, since it cannot say which one is meant.
/// </summary>
public static class ActorDictionaryBuilder
{
    /// <summary>Writes the dictionary lines; returns how many tenure lines were written.</summary>
    public static int Build(TextReader countryInfo, IEnumerable<TextReader> phoenix, TextWriter output)
    {
        var actors = CountryInfoReader.Read(countryInfo).Where(a => a.Tenure.Country is not null).ToList();
        var variants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var reader in phoenix)
        {
            foreach (var (key, names) in PhoenixVariants.Read(reader))
            {
                variants.TryAdd(key, names);
            }
        }

        var withVariants = actors.Select(a => a with { Names = AllNames(a.Names, variants) }).Where(a => a.Names.Count > 0).ToList();
        var ambiguous = AmbiguousKeys(withVariants);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in withVariants)
        {
            var names = actor.Names.Where(n => ActorDictionary.KeyOf(n) is { } k && !ambiguous.Contains(k)).ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var t = actor.Tenure;
            string line = string.Join('\t', string.Join('|', names), t.Role, t.Country, Iso(t.From), Iso(t.To));
            if (written.Add(line))
            {
                output.WriteLine(line);
            }
        }

        return written.Count;
    }

    private static List<string> AllNames(IReadOnlyList<string> names, Dictionary<string, List<string>> variants)
    {
        var all = names.Where(n => ActorDictionary.KeyOf(n) is not null).ToList();
        foreach (var name in names)
        {
            if (ActorDictionary.KeyOf(name) is { } key && variants.TryGetValue(key, out var more))
            {
                all.AddRange(more.Where(v => !all.Contains(v)));
            }
        }

        return all;
    }

    // A key is one person when every actor filed under it is the same primary name key in the same country.
    private static HashSet<string> AmbiguousKeys(List<CountryInfoActor> actors)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            string identity = ActorDictionary.KeyOf(actor.Names[0]) + "@" + actor.Tenure.Country;
            foreach (var name in actor.Names)
            {
                if (ActorDictionary.KeyOf(name) is not { } key)
                {
                    continue;
                }

                if (owner.TryGetValue(key, out var known) && known != identity)
                {
                    ambiguous.Add(key);
                }

                owner.TryAdd(key, identity);
            }
        }

        return ambiguous;
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
