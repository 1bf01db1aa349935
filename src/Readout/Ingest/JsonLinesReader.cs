using System.Globalization;
using System.Text;
using System.Text.Json;
using Readout.Model;

namespace Readout.Ingest;

/// <summary>
/// Streams a JSON Lines file: each line one record with "text" or "html" and optional "url", "title",
/// "published" (YYYY-MM-DD) and "outlet". A bad line is rejected as FILE#LINE; the other lines go on.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(InputFile file, IngestLimits limits)
    {
        StreamReader? reader = null;
        string? openError = null;
        try
        {
            reader = new StreamReader(file.FullPath, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            openError = e.Message;
        }

        if (reader is null)
        {
            yield return new IngestRejection(file.DisplayPath, $"cannot read file ({openError})");
            yield break;
        }

        // A binary file named .jsonl is one error, not one per "line" of its bytes.
        if (StartsBinary(reader.BaseStream))
        {
            reader.Dispose();
            yield return new IngestRejection(file.DisplayPath, "binary content (not text)");
            yield break;
        }

        using (reader)
        {
            var lineNumber = 0;
            var records = 0;
            string? error;
            while (TryReadLine(reader, out var line, out error))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                records++;
                yield return ParseRecord(line, $"{file.DisplayPath}#{lineNumber}", limits);
            }

            if (error is not null)
            {
                yield return new IngestRejection(file.DisplayPath, $"read error after line {lineNumber} ({error})");
            }
            else if (records == 0)
            {
                yield return new IngestRejection(file.DisplayPath, "no JSON records (only blank lines)");
            }
        }
    }

    private static bool StartsBinary(Stream stream)
    {
        Span<byte> head = stackalloc byte[8192];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return TextDecoder.IsBinary(head[..read]);
    }

    private static bool TryReadLine(StreamReader reader, out string line, out string? error)
    {
        error = null;
        try
        {
            line = reader.ReadLine()!;
            return line is not null;
        }
        catch (IOException e)
        {
            line = string.Empty;
            error = e.Message;
            return false;
        }
    }

    internal static IngestItem ParseRecord(string line, string path, IngestLimits limits)
    {
        if (line.Length > limits.MaxRecordChars)
        {
            return new IngestRejection(path, $"record too large ({line.Length / (1024 * 1024)} MB of text)");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new IngestRejection(path, $"malformed JSON ({FirstSentence(e.Message)})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new IngestRejection(path, "a JSON Lines record must be an object");
            }

            var html = StringField(root, "html");
            var text = StringField(root, "text");
            var content = html ?? text;
            if (string.IsNullOrWhiteSpace(content))
            {
                return new IngestRejection(path, "record has no \"text\" or \"html\"");
            }

            DateOnly? published = null;
            if (StringField(root, "published") is { } p)
            {
                if (!TryParseDate(p, out var date))
                {
                    return new IngestRejection(path, $"\"published\" is not a date: '{p}'");
                }

                published = date;
            }

            var hints = new DocumentHints(StringField(root, "title"), published, StringField(root, "outlet"));
            if (html is not null && MarkupDepth.TooDeep(html))
            {
                return new IngestRejection(path, MarkupDepth.Reason);
            }

            var format = html is not null ? SourceFormat.Html : SourceFormat.Text;
            return new IngestedDocument(new RawDocument(path, StringField(root, "url"), format, content, ContentHash.Of(content), hints));
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryParseDate(string value, out DateOnly date)
    {
        // Accept a full timestamp too; only its calendar date is kept.
        var head = value.Length >= 10 ? value[..10] : value;
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
