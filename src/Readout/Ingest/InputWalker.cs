namespace Readout.Ingest;

/// <summary>
/// Expands command-line paths into input files, streaming, in a stable order (ordinal by path) so that
/// a resumed run meets documents in the same order as the interrupted one.
/// </summary>
public static class InputWalker
{
    public static InputKind? KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputKind.Text,
        ".html" or ".htm" or ".xhtml" => InputKind.Html,
        ".jsonl" or ".ndjson" => InputKind.JsonLines,
        _ => null,
    };

    /// <summary>Files under the given paths; a path that is missing or of an unsupported type comes back as a rejection.</summary>
    public static IEnumerable<Result> Walk(IEnumerable<string> paths)
    {
        foreach (var given in paths)
        {
            if (File.Exists(given))
            {
                var kind = KindOf(given);
                yield return kind is { } k
                    ? new Result(new InputFile(Path.GetFullPath(given), given, k), null)
                    : new Result(null, new IngestRejection(given, $"unsupported file type '{Path.GetExtension(given)}' (expected .txt, .html, .htm or .jsonl)"));
            }
            else if (Directory.Exists(given))
            {
                foreach (var file in FilesUnder(given))
                {
                    yield return new Result(file, null);
                }
            }
            else
            {
                yield return new Result(null, new IngestRejection(given, "no such file or directory"));
            }
        }
    }

    private static IEnumerable<InputFile> FilesUnder(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var files = Directory.GetFiles(dir, "*", options);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (KindOf(file) is { } kind)
                {
                    yield return new InputFile(Path.GetFullPath(file), file, kind);
                }
            }

            var subdirs = Directory.GetDirectories(dir, "*", options);
            Array.Sort(subdirs, StringComparer.Ordinal);
            for (var i = subdirs.Length - 1; i >= 0; i--)
            {
                pending.Push(subdirs[i]);
            }
        }
    }

    /// <summary>Either a file to read or a rejected path.</summary>
    public readonly record struct Result(InputFile? File, IngestRejection? Rejection);
}
