using System.IO.Compression;
using System.Text.Json;

namespace Readout.Bench;

/// <summary>
/// Streams the distinct documents the bench corpus is made from: the bundled samples and the public
/// sets under the data folder (ECB+ news texts; ScrapingHub, trafilatura and htmldate HTML pages).
/// One document in memory at a time.
/// </summary>
internal static class BaseDocuments
{
    public static IEnumerable<BaseDocument> Text(string samples, string? data)
    {
        foreach (var file in Directory.EnumerateFiles(samples, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return new BaseDocument(File.ReadAllText(file), IsHtml: false);
        }

        if (data is null)
        {
            yield break;
        }

        var ecb = Path.Combine(data, "clustering", "ecbplus", "docs");
        if (Directory.Exists(ecb))
        {
            foreach (var file in Directory.EnumerateFiles(ecb, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 200 } body)
                {
                    yield return new BaseDocument(body, IsHtml: false);
                }
            }
        }
    }

    public static IEnumerable<BaseDocument> Html(string samples, string? data)
    {
        foreach (var file in Directory.EnumerateFiles(samples, "*.htm*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return new BaseDocument(File.ReadAllText(file), IsHtml: true);
        }

        if (data is null)
        {
            yield break;
        }

        foreach (var folder in new[] { "extraction/scrapinghub/html", "extraction/trafilatura/eval", "dates/htmldate/eval" })
        {
            var dir = Path.Combine(data, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var html = Read(file);
                if (html is { Length: > 500 and < 2_000_000 })
                {
                    yield return new BaseDocument(html, IsHtml: true);
                }
            }
        }
    }

    private static string? Read(string file)
    {
        try
        {
            if (file.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var reader = new StreamReader(gz);
                return reader.ReadToEnd();
            }

            return file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".htm", StringComparison.Ordinal) ? File.ReadAllText(file) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return null;
        }
    }
}

internal sealed record BaseDocument(string Content, bool IsHtml);
