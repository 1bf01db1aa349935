using System.Globalization;
using Microsoft.Extensions.Options;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>
/// Stores an uploaded body as a file in the upload folder (so the stored path points at the exact
/// bytes analysed) and runs it through <see cref="AnalyzeRun"/>, like <c>readout analyze</c> would.
/// </summary>
public sealed class IngestService(IOptions<ServerOptions> options, ReadoutPipeline pipeline)
{
    /// <summary>One writer at a time, as SQLite wants; readers are not blocked (WAL).</summary>
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<(RunSummary Summary, IReadOnlyList<long> Events)> IngestAsync(byte[] content, string extension, string? name, CancellationToken cancellation)
    {
        var settings = options.Value;
        var folder = settings.ResolveUploadFolder();
        Directory.CreateDirectory(folder);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"{stamp}-{Guid.NewGuid().ToString("N")[..8]}{SafeName(name)}{extension}");
        await File.WriteAllBytesAsync(path, content, cancellation);

        await _writer.WaitAsync(cancellation);
        try
        {
            return await Task.Run(() =>
            {
                using var store = SqliteStore.Open(settings.DatabasePath);
                var summary = new AnalyzeRun(pipeline, store).Run([path], cancellation: cancellation);
                var events = store.EventsOfDocuments(summary.DocumentIds).Select(e => e.Id).ToList();
                return (summary, (IReadOnlyList<long>)events);
            }, cancellation);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>The client's name for the upload, reduced to letters, digits, '-' and '_' (it becomes part of a file name).</summary>
    internal static string SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var stem = Path.GetFileNameWithoutExtension(name.Trim());
        var safe = new string(stem.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(60).ToArray());
        return safe.Length == 0 ? "" : "-" + safe;
    }

    public static string? ExtensionFor(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "text/plain" => ".txt",
        "text/html" or "application/xhtml+xml" => ".html",
        "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/json-lines" => ".jsonl",
        _ => null,
    };
}
