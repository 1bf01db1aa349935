using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using Readout.Annotation.Entities;
using Readout.Annotation.Names;

namespace Readout.Annotation.Actors;

/// <summary>
/// People and the offices they held, with dates: what the annotator falls back on when the text names a person
/// but not their role. Lines are <c>Name|Variant… TAB Role TAB Country TAB From TAB To</c> (dates yyyy-MM-dd
/// or yyyy, empty = open; several lines per person for several offices). Every spelling is filed under the
/// annotator's person key (folded given name + surname), so lookups are one hash probe on a key the entity
/// already has, and a surname alone never matches. The shipped file comes from CountryInfo and the Phoenix
/// actor dictionaries (see <c>Data/ACTORS-NOTICE.md</c>); users add their own files, whose entries win.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> Bundled = new(LoadBundled);
    private readonly Dictionary<string, List<ActorTenure>> _byKey = new(StringComparer.Ordinal);
    private readonly ActorDictionary? _fallback;

    /// <param name="lines">Dictionary lines (comments starting with # and blank lines are skipped).</param>
    /// <param name="fallback">Consulted when these lines know no tenure for a person at the date.</param>
    public ActorDictionary(IEnumerable<string> lines, ActorDictionary? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _fallback = fallback;
        foreach (var line in lines)
        {
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                Add(line);
            }
        }
    }

    /// <summary>The shipped dictionary, read once on first use.</summary>
    public static ActorDictionary Shared => Bundled.Value;

    /// <summary>A dictionary that knows nobody (annotation from the text alone).</summary>
    public static ActorDictionary Empty { get; } = new([]);

    /// <summary>The shipped dictionary extended by user files, later files winning.</summary>
    public static ActorDictionary WithFiles(IEnumerable<string> paths)
        => paths.Aggregate(Shared, (dict, path) => new ActorDictionary(File.ReadLines(path), dict));

    /// <summary>Number of person keys (spellings) known, including the fallback's.</summary>
    public int Count => _byKey.Count + (_fallback?.Count ?? 0);

    /// <summary>
    /// The office the person with <paramref name="personKey"/> held on <paramref name="date"/>; the latest entry wins
    /// when several cover it. Without a date, the most recent tenure is returned and <paramref name="undated"/> is set.
    /// </summary>
    public bool TryFind(string personKey, DateOnly? date, [NotNullWhen(true)] out ActorTenure? tenure, out bool undated)
    {
        undated = date is null;
        tenure = null;
        if (_byKey.TryGetValue(personKey, out var tenures))
        {
            tenure = date is { } d ? tenures.LastOrDefault(t => t.Covers(d)) : Latest(tenures);
        }

        return tenure is not null || _fallback is not null && _fallback.TryFind(personKey, date, out tenure, out undated);
    }

    /// <summary>
    /// The tenure of the office <paramref name="role"/> names (<see cref="OfficeTitle.Agree"/>) that the person held on
    /// <paramref name="date"/>, whatever else they held then; without a date, the most recent such tenure, with
    /// <paramref name="undated"/> set. This file's entries first, then the fallback's.
    /// </summary>
    public bool TryFindOffice(string personKey, DateOnly? date, string role, [NotNullWhen(true)] out ActorTenure? tenure, out bool undated)
    {
        undated = date is null;
        tenure = null;
        if (_byKey.TryGetValue(personKey, out var tenures))
        {
            var held = tenures.Where(t => (date is not { } d || t.Covers(d)) && OfficeTitle.Agree(role, t.Role)).ToList();
            tenure = held.Count == 0 ? null : date is null ? Latest(held) : held[^1];
        }

        return tenure is not null || _fallback is not null && _fallback.TryFindOffice(personKey, date, role, out tenure, out undated);
    }

    private static ActorTenure Latest(List<ActorTenure> tenures)
    {
        var best = tenures[0];
        foreach (var t in tenures)
        {
            if ((t.From ?? DateOnly.MinValue) >= (best.From ?? DateOnly.MinValue))
            {
                best = t;
            }
        }

        return best;
    }

    private void Add(string line)
    {
        var f = EmbeddedData.Fields(line, 5);
        var names = EmbeddedData.List(f[0]);
        string role = f[1].Trim();
        if (names.Length == 0 || role.Length == 0)
        {
            return;
        }

        string? country = f[2].Trim() is { Length: > 0 } c ? Gazetteer.Shared.CanonicalCountry(c) ?? c : null;
        var tenure = new ActorTenure(names[0], role, country, ActorTenure.ParseDate(f[3], end: false), ActorTenure.ParseDate(f[4], end: true));
        foreach (var name in names)
        {
            if (KeyOf(name) is not { } key)
            {
                continue;
            }

            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            if (!list.Contains(tenure))
            {
                list.Add(tenure);
            }
        }
    }

    /// <summary>The annotator's key for a full name (first word as given name, last as surname); null for one word.</summary>
    public static string? KeyOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? null : NameFolding.PersonKey(words[0], words[^1]);
    }

    private static ActorDictionary LoadBundled()
    {
        var assembly = typeof(ActorDictionary).Assembly;
        using var stream = assembly.GetManifestResourceStream("Readout.Annotation.Data.actors.tsv.gz")
            ?? throw new InvalidOperationException("Missing embedded actor dictionary 'actors.tsv.gz'.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return new ActorDictionary(ReadLines(reader));
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
