using System.Text.Json;
using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>The article fields schema.org JSON-LD blocks carry.</summary>
public sealed record JsonLdFacts(string? Headline, string? DatePublished, string? Author, string? Publisher);

/// <summary>
/// Reads schema.org JSON-LD (&lt;script type="application/ld+json"&gt;), walking arrays and
/// @graph, preferring article-typed objects. Malformed blocks are skipped: sites ship broken JSON often.
/// </summary>
public static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdFacts Read(IDocument document)
    {
        string? headline = null, date = null, author = null, publisher = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                Walk(json.RootElement, ref headline, ref date, ref author, ref publisher, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags usually carry the same facts.
            }
        }

        return new JsonLdFacts(headline, date, author, publisher);
    }

    private static void Walk(JsonElement e, ref string? headline, ref string? date, ref string? author, ref string? publisher, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Walk(item, ref headline, ref date, ref author, ref publisher, depth + 1);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (e.TryGetProperty("@graph", out var graph))
        {
            Walk(graph, ref headline, ref date, ref author, ref publisher, depth + 1);
        }

        date ??= Str(e, "datePublished") ?? (IsArticle(e) ? Str(e, "dateCreated") : null);
        if (IsArticle(e) || e.TryGetProperty("datePublished", out _))
        {
            headline ??= Str(e, "headline");
            author ??= Name(e, "author");
            publisher ??= Name(e, "publisher");
        }

        if (e.TryGetProperty("mainEntity", out var main))
        {
            Walk(main, ref headline, ref date, ref author, ref publisher, depth + 1);
        }
    }

    private static bool IsArticle(JsonElement e) =>
        Str(e, "@type") is { } type && (type.Contains("Article", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Posting", StringComparison.OrdinalIgnoreCase) || type.Contains("Report", StringComparison.OrdinalIgnoreCase));

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => v[0].GetString(),
            _ => null,
        } : null;

    /// <summary>"author": "A", {"name": "A"} or [{"name": "A"}, ...].</summary>
    private static string? Name(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            var names = v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : Str(x, "name"))
                .Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
            return names.Count > 0 ? string.Join(", ", names) : null;
        }

        return v.ValueKind == JsonValueKind.String ? v.GetString() : Str(v, "name");
    }
}
