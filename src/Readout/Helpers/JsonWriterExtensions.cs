using System.Globalization;
using System.Text.Json;
using Readout.Model;

namespace Readout.Helpers;

/// <summary>The few JSON shapes every Readout output repeats: spans, dates, and arrays of ids or strings.</summary>
public static class JsonWriterExtensions
{
    /// <summary><c>"span":[start,end]</c>; nothing when the span is unknown.</summary>
    public static void WriteSpan(this Utf8JsonWriter json, TextSpan? span, string name = "span")
    {
        if (span is { } s)
        {
            json.WriteStartArray(name);
            json.WriteNumberValue(s.Start);
            json.WriteNumberValue(s.End);
            json.WriteEndArray();
        }
    }

    /// <summary>A date as <c>YYYY-MM-DD</c>, or null when unknown.</summary>
    public static void WriteDate(this Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A number, or null when unknown (an event's primary source before one is chosen).</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteNumbers(this Utf8JsonWriter json, string name, IEnumerable<long> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// <c>"role_source":{"origin":"text"}</c> or <c>{"origin":"dictionary","from":…,"to":…,"undated":…}</c>;
    /// null when there is no role.
    /// </summary>
    public static void WriteRoleSource(this Utf8JsonWriter json, RoleSource? source) => json.WriteSource("role_source", source);

    /// <summary>
    /// <c>"country_source"</c> in the same shape: the dictionary tenure the country was taken from, else
    /// <c>{"origin":"text"}</c> when there is a country; null without one.
    /// </summary>
    public static void WriteCountrySource(this Utf8JsonWriter json, string? country, RoleSource? source)
        => json.WriteSource("country_source", source ?? (country is null ? null : RoleSource.FromText));

    private static void WriteSource(this Utf8JsonWriter json, string name, RoleSource? source)
    {
        if (source is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("origin", source.Origin == RoleOrigin.Dictionary ? "dictionary" : "text");
        if (source.Origin == RoleOrigin.Dictionary)
        {
            json.WriteDate("from", source.From);
            json.WriteDate("to", source.To);
            json.WriteBoolean("undated", source.Undated);
        }

        json.WriteEndObject();
    }
}
