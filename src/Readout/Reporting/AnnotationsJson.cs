using System.Globalization;
using System.Text.Json;
using Readout.Helpers;
using Readout.Model;

namespace Readout.Reporting;

/// <summary>Mentions, entities and time expressions as JSON; every annotation carries its span into the body.</summary>
public static class AnnotationsJson
{
    public static void WriteFields(Utf8JsonWriter json, Annotations annotations)
    {
        json.WriteStartArray("mentions");
        foreach (var mention in annotations.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
            json.WriteString("text", mention.Text);
            json.WriteSpan(mention.Span);
            json.WriteString("entity", mention.EntityKey);
            // A stand-in ("the minister") points at its entity but is no name of it.
            json.WriteBoolean("nominal", mention.IsNominal);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in annotations.Entities)
        {
            json.WriteStartObject();
            json.WriteString("key", entity.Key);
            json.WriteString("kind", entity.Kind.ToString().ToLowerInvariant());
            json.WriteString("name", entity.Name);
            json.WriteString("role", entity.Role);
            json.WriteRoleSource(entity.RoleSource);
            json.WriteString("country", entity.Country);
            json.WriteCountrySource(entity.Country, entity.CountrySource);
            json.WriteStrings("aliases", entity.Aliases);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("times");
        foreach (var time in annotations.Times)
        {
            json.WriteStartObject();
            json.WriteString("text", time.Text);
            json.WriteSpan(time.Span);
            json.WriteString("kind", time.Kind.ToString().ToLowerInvariant());
            json.WriteString("value", time.Value);
            ArticleJson.WriteDate(json, "date", time.Date);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // "(dictionary 2008-05-08..2012-01-16)": a role (or country) the text did not give, with the tenure it was taken from.
    private static string DictionaryNote(RoleSource? source, string label = "dictionary") => source is { Origin: RoleOrigin.Dictionary } s
        ? string.Create(CultureInfo.InvariantCulture, $" ({label} {s.From:yyyy-MM-dd}..{s.To:yyyy-MM-dd}{(s.Undated ? ", undated document" : "")})")
        : "";

    /// <summary>One line per annotation for people: kind, text, span, and what it resolves to.</summary>
    public static void WriteText(TextWriter output, string path, Annotations annotations)
    {
        output.WriteLine(path);
        foreach (var entity in annotations.Entities)
        {
            var role = string.Join(", ", new[] { entity.Role, entity.Country }.Where(s => !string.IsNullOrEmpty(s) && s != entity.Name))
                       + DictionaryNote(entity.RoleSource)
                       + (entity.RoleSource?.Origin != RoleOrigin.Dictionary ? DictionaryNote(entity.CountrySource, "country from dictionary") : "");
            var spans = string.Join(" ", annotations.Mentions.Where(m => m.EntityKey == entity.Key).Select(m => m.Span.ToString()));
            output.WriteLine($"  {entity.Kind.ToString().ToLowerInvariant(),-12} {entity.Name}{(role.Length > 0 ? $" — {role}" : "")}  {spans}");
        }

        foreach (var time in annotations.Times)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"time",-12} \"{time.Text}\" = {time.Value}  {time.Span}"));
        }
    }

}
