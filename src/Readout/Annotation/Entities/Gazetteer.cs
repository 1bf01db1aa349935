using Readout.Annotation.Names;
using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>How a gazetteer phrase names its country.</summary>
internal enum PlaceForm
{
    Country,
    Demonym,
    Capital,
}

/// <summary>One gazetteer hit: the canonical country it points at and the form used.</summary>
internal sealed record PlaceEntry(string Country, string CountryKey, PlaceForm Form, string? City = null)
{
    /// <summary>Key of the city itself when the phrase is a capital used as a place ("in Moscow").</summary>
    public string CityKey => City is null ? CountryKey : "place:" + NameFolding.Slug(City);
}

/// <summary>
/// Compact shipped gazetteer of countries (with aliases), their demonyms and capitals, read from
/// <c>Data/countries.tsv</c>. Enough to tie "Russian", "Russian Federation" and "Moscow" to Russia.
/// </summary>
internal sealed class Gazetteer
{
    private readonly PhraseMatcher<PlaceEntry> _matcher = new();
    private readonly Dictionary<string, string> _countryByName = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Shared { get; } = Load();

    public PhraseMatcher<PlaceEntry> Matcher => _matcher;

    /// <summary>Longest place phrase at token <paramref name="index"/>; 0 when none.</summary>
    public int Match(string text, Token[] tokens, int index, out PlaceEntry entry) => _matcher.Match(text, tokens, index, out entry);

    public bool TryGet(ReadOnlySpan<char> phrase, out PlaceEntry entry) => _matcher.TryGet(phrase, out entry);

    /// <summary>Canonical country for any alias or demonym, case-insensitive ("russian" → "Russia").</summary>
    public string? CanonicalCountry(string name) => _countryByName.GetValueOrDefault(name);

    /// <summary>The shipped gazetteer plus countries in the data-file format (a user's own file, invented test countries).</summary>
    public static Gazetteer WithCountries(IEnumerable<string> lines)
    {
        var g = Load();
        foreach (var line in lines)
        {
            g.AddCountry(line);
        }

        return g;
    }

    private static Gazetteer Load()
    {
        var g = new Gazetteer();
        foreach (var line in EmbeddedData.Lines("countries.tsv"))
        {
            g.AddCountry(line);
        }

        return g;
    }

    /// <summary>Adds one country in the data-file format ("Name|alias TAB demonyms TAB capitals"); not thread-safe, call before annotating.</summary>
    private void AddCountry(string line)
    {
        var f = EmbeddedData.Fields(line, 3);
        var names = EmbeddedData.List(f[0]);
        string country = names[0];
        string key = "place:" + NameFolding.Slug(country);
        foreach (var name in names)
        {
            AddWithCaps(name, new PlaceEntry(country, key, PlaceForm.Country));
            _countryByName.TryAdd(name, country);
        }

        foreach (var demonym in EmbeddedData.List(f[1]))
        {
            AddWithCaps(demonym, new PlaceEntry(country, key, PlaceForm.Demonym));
            _countryByName.TryAdd(demonym, country);
        }

        foreach (var capital in EmbeddedData.List(f[2]))
        {
            AddWithCaps(capital, new PlaceEntry(country, key, PlaceForm.Capital, EmbeddedData.List(f[2])[0]));
        }
    }

    // Headlines and datelines are often in capitals ("MOSCOW, Feb 5"); the all-caps spelling is registered too.
    // Short names are left out so an acronym never turns into a place by accident.
    private void AddWithCaps(string phrase, PlaceEntry entry)
    {
        _matcher.Add(phrase, entry);
        if (phrase.Length > 3)
        {
            _matcher.Add(phrase.ToUpperInvariant(), entry);
        }
    }
}
