using System.Text.Json;
using AngleSharp.Dom;

namespace Readout.Extraction.Html;

/// <summary>The article fields schema.org JSON-LD blocks carry.</summary>
public sealed record JsonLdFacts(string? Headline, string? DatePublished, string? Author, string? Publisher, string? DateModified = null);

/// <summary>
/// Reads schema.org JSON-LD (&lt;script type="application/ld+json"&gt;), walking arrays and
/// @graph, preferring article-typed objects. Malformed blocks are skipped: sites ship broken JSON often.
/// An image's or video's datePublished is the media file's, not the article's, and is never taken.
/// </summary>
public static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdFacts Read(IDocument document)
    {
        var facts = new Facts();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Options);
                Walk(json.RootElement, facts, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags usually carry the same facts.
            }
        }

        return new JsonLdFacts(facts.Headline, facts.ArticleDate ?? facts.OtherDate, facts.Author, facts.Publisher, facts.Modified);
    }

    private static void Walk(JsonElement e, Facts facts, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Walk(item, facts, depth + 1);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (e.TryGetProperty("@graph", out var graph))
        {
            Walk(graph, facts, depth + 1);
        }

        var article = IsArticle(e);
        if (article)
        {
            facts.ArticleDate ??= Str(e, "datePublished") ?? Str(e, "dateCreated");
            facts.Modified ??= Str(e, "dateModified");
        }
        else if (!IsMedia(e))
        {
            facts.OtherDate ??= Str(e, "datePublished");
        }

        if (article || e.TryGetProperty("datePublished", out _) && !IsMedia(e))
        {
            facts.Headline ??= Str(e, "headline");
            facts.Author ??= Name(e, "author");
            facts.Publisher ??= Name(e, "publisher");
        }

        if (e.TryGetProperty("mainEntity", out var main))
        {
            Walk(main, facts, depth + 1);
        }
    }

    private static bool IsMedia(JsonElement e) =>
        Str(e, "@type") is { } type && (type.EndsWith("Object", StringComparison.Ordinal) || type is "Photograph" or "Clip" or "Comment" or "Review");

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

    /// <summary>What the walk has found so far; the first value of each kind wins.</summary>
    private sealed class Facts
    {
        public string? Headline { get; set; }

        public string? ArticleDate { get; set; }

        public string? OtherDate { get; set; }

        public string? Modified { get; set; }

        public string? Author { get; set; }

        public string? Publisher { get; set; }
    }
}
