using System.Globalization;

namespace Readout.Annotation.Actors;

/// <summary>One office one person held: canonical name, role title, country, and the dates it held (open ends null).</summary>
public sealed record ActorTenure(string Name, string Role, string? Country, DateOnly? From, DateOnly? To)
{
    /// <summary>True when <paramref name="date"/> falls inside the tenure (both ends inclusive).</summary>
    public bool Covers(DateOnly date) => (From is not { } f || f <= date) && (To is not { } t || date <= t);

    /// <summary>Reads an ISO date (<c>2008-05-07</c>) or a bare year (<c>2008</c> → 1 January; as an end, 31 December).</summary>
    public static DateOnly? ParseDate(string field, bool end)
    {
        var s = field.AsSpan().Trim();
        if (s.IsEmpty)
        {
            return null;
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"Actor dictionary: '{field}' is not a date (yyyy-MM-dd or yyyy).");
    }
}
