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

    /// <summary>Extracts an HTML page; null when the extractor rejects or fails on it (scored as a full miss).</summary>
    public static Article? TryExtract(IArticleExtractor extractor, string path, string? url, string html)
    {
        try
        {
            return extractor.Extract(new RawDocument(path, url, SourceFormat.Html, html, "", DocumentHints.None));
        }
        catch (ExtractionException)
        {
            return null;
        }
    }
}
