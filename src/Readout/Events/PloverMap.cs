using System.Reflection;

namespace Readout.Events;

/// <summary>A PLOVER event type with the mode and context the CAMEO map assigns ("CONSULT", "phone", null).</summary>
public sealed record PloverCode(string Type, string? Mode, string? Context);

/// <summary>
/// The official CAMEO→PLOVER conversion table (PLOVER draft 0.8, 2021), read from the embedded
/// <c>cameo2plover-2021.txt</c>. Lines are <c>code: TYPE, mode, context # description</c>.
/// </summary>
internal sealed class PloverMap
{
    private readonly Dictionary<string, PloverCode> _byCode;

    private PloverMap(Dictionary<string, PloverCode> byCode) => _byCode = byCode;

    public static PloverMap Default { get; } = Load();

    /// <summary>Exact code first, then its parents (0412 → 041 → 04), since the table leaves some leaves out.</summary>
    public PloverCode? Find(string cameoCode)
    {
        for (var length = cameoCode.Length; length >= 2; length--)
        {
            if (_byCode.TryGetValue(cameoCode[..length], out var code))
            {
                return code;
            }
        }

        return null;
    }

    internal static PloverMap Parse(TextReader reader)
    {
        var byCode = new Dictionary<string, PloverCode>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !content[..colon].All(char.IsAsciiDigit))
            {
                continue;
            }

            var fields = content[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries);
            var type = fields[0];
            if (type.Length == 0)
            {
                continue;
            }

            // The table lists a few codes twice (e.g. 175); the first line is the canonical one.
            byCode.TryAdd(content[..colon], new PloverCode(type, Field(fields, 1), Field(fields, 2)));
        }

        return new PloverMap(byCode);
    }

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Length > 0 ? fields[index] : null;

    private static PloverMap Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Readout.Events.Data.cameo2plover-2021.txt")
            ?? throw new InvalidOperationException("Embedded CAMEO2PLOVER table is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
