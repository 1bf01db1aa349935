using System.IO.Compression;
using System.Text;
using Readout.Extraction;
using Readout.Model;

namespace Readout.Evaluation.Extraction;

/// <summary>Shared plumbing of the extraction benchmarks: decoding pages and running the extractor without letting one page stop a run.</summary>
internal static class EvaluationFiles
{
    /// <summary>Reads and decodes a page (gzipped or not).</summary>
    public static string ReadPage(string path)
    {
        byte[] bytes;
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }

        return PageDecoder.Decode(bytes);
    }

    /// <summary>
    /// The development half: pages whose file name hashes even. The sets have no train/test split, so
    /// errors are studied on this half only and the other half is reported as held out.
    /// </summary>
    public static bool IsDevHalf(string name)
    {
        // FNV-1a: stable across runs and platforms, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 2 == 0;
    }

    /// <summary>The per-page dump named by READOUT_EVAL_ERRORS, or null when it is not set.</summary>
    public static StreamWriter? OpenPageDump() =>
        Environment.GetEnvironmentVariable("READOUT_EVAL_ERRORS") is { Length: > 0 } path ? File.CreateText(path) : null;

    /// <summary>
    /// Extracts an HTML page; null when the extractor rejects it or fails on it, scored as empty output (a full miss,
    /// never a skipped page). A failure other than the documented rejection is a bug and is counted in <see cref="ExtractionCrashes"/>.
    /// </summary>
    public static Article? TryExtract(IArticleExtractor extractor, string path, string? url, string html) =>
        TryExtract(extractor, path, url, html, out _);

    /// <param name="crashed">Set when the extractor failed other than by the documented rejection.</param>
    public static Article? TryExtract(IArticleExtractor extractor, string path, string? url, string html, out bool crashed)
    {
        crashed = false;
        ExtractionCrashes.Attempted();
        try
        {
            return extractor.Extract(new RawDocument(path, url, SourceFormat.Html, html, "", DocumentHints.None));
        }
        catch (ExtractionException)
        {
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // As in an analyze run, one page must not stop the run; unlike a rejection, it is reported.
            ExtractionCrashes.Record(path, e);
            crashed = true;
            return null;
        }
    }
}

/// <summary>
/// Pages the extractor crashed on during an evaluation: each is scored as empty output, so a crash can only lower a
/// score, and the eval command prints how many there were after each set (the pages themselves with READOUT_EVAL_ERRORS).
/// </summary>
public static class ExtractionCrashes
{
    private static readonly Lock Gate = new();
    private static readonly List<string> Crashed = [];
    private static int attempts;

    internal static void Attempted()
    {
        lock (Gate)
        {
            attempts++;
        }
    }

    internal static void Record(string path, Exception e)
    {
        lock (Gate)
        {
            Crashed.Add($"crashed\t{Path.GetFileName(path)}\t{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Writes "crashed: N pages" when pages were extracted since the last report (nothing for sets that extract
    /// none), appends each crashed page and its failure to the READOUT_EVAL_ERRORS file when that is set, and starts over.
    /// </summary>
    public static void Report(TextWriter output)
    {
        List<string> crashed;
        lock (Gate)
        {
            if (attempts == 0)
            {
                return;
            }

            crashed = [.. Crashed];
            Crashed.Clear();
            attempts = 0;
        }

        var dump = Environment.GetEnvironmentVariable("READOUT_EVAL_ERRORS") is { Length: > 0 } path ? path : null;
        if (dump is not null && crashed.Count > 0)
        {
            File.AppendAllLines(dump, crashed);
        }

        output.WriteLine($"{"",-12} crashed: {crashed.Count} pages{(dump is not null && crashed.Count > 0 ? $" (listed in {dump})" : "")}");
    }
}
