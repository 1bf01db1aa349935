using Readout.Annotation.Names;
using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>How a gazetteer phrase names its country.</summary>
internal enum PlaceForm
{
    Country,
    Demonym,
    Capital,

    /// <summary>Any other town or city (<c>Data/places.tsv.gz</c>); always the place itself, never its government.</summary>
    City,

    /// <summary>A state, province or region, or a continent (no country then).</summary>
    Region,
}

/// <summary>One gazetteer hit: the canonical country it points at and the form used.</summary>
internal sealed record PlaceEntry(string Country, string CountryKey, PlaceForm Form, string? City = null)
{
    /// <summary>Key of the city itself when the phrase is a capital used as a place ("in Moscow").</summary>
    public string CityKey => City is null ? CountryKey : "place:" + NameFolding.Slug(City);
}

/// <summary>
/// Shipped gazetteer: countries (with aliases), their demonyms and capitals from <c>Data/countries.tsv</c>,
/// enough to tie "Russian", "Russian Federation" and "Moscow" to Russia; then continents, world regions and
/// English city names (<c>Data/places-en.tsv</c>), and towns and first-level regions (<c>Data/places.tsv.gz</c>, generated
/// from GeoNames and ISO 3166-2 by <c>tools/gazetteer/build_places.py</c>). Countries are registered first, so
/// a name that is both keeps its country meaning. Lookups are hash-based over candidate token spans.
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
    public static Gazetteer WithCountries(IEnumerable<string> lines) => Load(lines);

    // Countries (shipped, then the caller's) before towns, so a country or capital never loses its name to a town.
    private static Gazetteer Load(IEnumerable<string>? extraCountries = null)
    {
        var g = new Gazetteer();
        foreach (var line in EmbeddedData.Lines("countries.tsv").Concat(extraCountries ?? []))
        {
            g.AddCountry(line);
        }

        foreach (var file in (ReadOnlySpan<string>)["places-en.tsv", "places.tsv.gz"])
        {
            foreach (var line in EmbeddedData.Lines(file))
            {
                g.AddPlace(line);
            }
        }

        return g;
    }

    /// <summary>Adds a town or region ("name TAB city|region TAB country"; an empty country for a continent).</summary>
    private void AddPlace(string line)
    {
        var f = EmbeddedData.Fields(line, 3);
        var form = f[1] == "region" ? PlaceForm.Region : PlaceForm.City;
        string country = _countryByName.GetValueOrDefault(f[2]) ?? f[2];
        string key = country.Length == 0 ? "place:" + NameFolding.Slug(f[0]) : "place:" + NameFolding.Slug(country);
        AddWithCaps(f[0], new PlaceEntry(country, key, form, f[0]));
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
        if (phrase.StartsWith("the ", StringComparison.Ordinal))
        {
            _matcher.Add("The" + phrase[3..], entry); // "The Netherlands" opening a sentence
        }

        if (phrase.Length > 3)
        {
            _matcher.Add(phrase.ToUpperInvariant(), entry);
        }
    }
}
