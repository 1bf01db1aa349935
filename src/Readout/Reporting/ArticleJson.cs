using System.Globalization;
using System.Text.Json;
using Readout.Helpers;
using Readout.Model;

namespace Readout.Reporting;

/// <summary>
/// The JSON fields of an extracted article, shared by <c>extract</c> and the <c>analyze</c> report.
/// Metadata spans point into the decoded input; uncertain values carry their evidence.
/// </summary>
public static class ArticleJson
{
    /// <summary>Writes a complete object for the article (used by <c>extract</c>).</summary>
    public static void Write(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        WriteFields(json, article);
        json.WriteEndObject();
    }

    /// <summary>Writes the article's fields into an object the caller has opened.</summary>
    public static void WriteFields(Utf8JsonWriter json, Article article)
    {
        json.WriteString("path", article.Path);
        json.WriteString("url", article.Url);
        json.WriteString("title", article.Title);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("author", article.Author);
        WriteDate(json, "published", article.Published?.Date);
        if (article.Published is { } published)
        {
            json.WriteStartObject("published_evidence");
            json.WriteString("source", published.Source.ToString().ToLowerInvariant());
            json.WriteNumber("confidence", Math.Round(published.Confidence, 2));
            json.WriteSpan(published.Span);
            json.WriteEndObject();
        }

        WriteDate(json, "captured", article.Captured?.Date);
        if (article.Dateline is { } dateline)
        {
            json.WriteStartObject("dateline");
            json.WriteString("text", dateline.Text);
            json.WriteString("place", dateline.Place);
            WriteDate(json, "date", dateline.Date);
            json.WriteSpan(dateline.Span);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("dateline");
        }

        json.WriteStartArray("attribution");
        foreach (var link in article.Attribution)
        {
            json.WriteStartObject();
            json.WriteString("source", link.Source);
            json.WriteString("cue", link.Cue);
            json.WriteSpan(link.Span);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("role", article.Role switch { SourceRole.Official => "official", SourceRole.MediaReport => "media_report", _ => "unknown" });
        json.WriteString("body", article.Body);
    }

    public static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date) => json.WriteDate(name, date);

}
