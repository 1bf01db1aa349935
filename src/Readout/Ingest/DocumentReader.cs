using Readout.Model;

namespace Readout.Ingest;

/// <summary>
/// Reads one input file into decoded documents. Never throws for bad input: every problem becomes an
/// <see cref="IngestRejection"/> naming the file (and line, for JSON Lines) and the reason.
/// </summary>
public sealed class DocumentReader(IngestLimits limits)
{
    public DocumentReader()
        : this(IngestLimits.Default)
    {
    }

    /// <summary>Every document under the given paths, in walking order; <paramref name="onFile"/> is told of each file opened.</summary>
    public IEnumerable<IngestItem> ReadAll(IEnumerable<string> paths, Action? onFile = null)
    {
        foreach (var entry in InputWalker.Walk(paths))
        {
            if (entry.Rejection is { } rejection)
            {
                yield return rejection;
                continue;
            }

            onFile?.Invoke();
            foreach (var item in Read(entry.File!))
            {
                yield return item;
            }
        }
    }

    public IEnumerable<IngestItem> Read(InputFile file)
    {
        long length;
        try
        {
            length = new FileInfo(file.FullPath).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestRejection(file.DisplayPath, $"cannot read file ({e.Message})")];
        }

        if (length == 0)
        {
            return [new IngestRejection(file.DisplayPath, "empty file")];
        }

        if (file.Kind == InputKind.JsonLines)
        {
            return JsonLinesReader.Read(file, limits);
        }

        if (length > limits.MaxFileBytes)
        {
            return [new IngestRejection(file.DisplayPath, $"file too large ({length / (1024 * 1024)} MB; the limit is {limits.MaxFileBytes / (1024 * 1024)} MB)")];
        }

        return [ReadWhole(file)];
    }

    private static IngestItem ReadWhole(InputFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IngestRejection(file.DisplayPath, $"cannot read file ({e.Message})");
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var reason))
        {
            return new IngestRejection(file.DisplayPath, reason!);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new IngestRejection(file.DisplayPath, "no text (only whitespace)");
        }

        var format = file.Kind == InputKind.Html || LooksLikeHtml(text) ? SourceFormat.Html : SourceFormat.Text;
        if (format == SourceFormat.Html && MarkupDepth.TooDeep(text))
        {
            return new IngestRejection(file.DisplayPath, MarkupDepth.Reason);
        }

        return new IngestedDocument(new RawDocument(file.DisplayPath, null, format, text, ContentHash.Of(text), DocumentHints.None));
    }

    /// <summary>A .txt file that is really a saved web page is read as HTML.</summary>
    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        head = head[..Math.Min(head.Length, 256)];
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Size limits on input.</summary>
public sealed record IngestLimits(long MaxFileBytes, int MaxRecordChars)
{
    /// <summary>20 MB per file (JSON Lines files may be larger; each record is limited instead).</summary>
    public static IngestLimits Default { get; } = new(20L * 1024 * 1024, 20 * 1024 * 1024);
}
