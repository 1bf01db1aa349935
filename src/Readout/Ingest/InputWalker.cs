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
                foreach (var result in FilesUnder(given))
                {
                    yield return result;
                }
            }
            else
            {
                yield return new Result(null, new IngestRejection(given, "no such file or directory"));
            }
        }
    }

    /// <summary>
    /// Depth first, each folder once by its real path: a symbolic link back to a folder already walked (a loop)
    /// is passed over, and a folder that cannot be listed is reported instead of silently skipped.
    /// </summary>
    private static IEnumerable<Result> FilesUnder(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Dir, string Real)>();
        pending.Push((root, RealPath(root, Path.GetFullPath(root))));
        while (pending.Count > 0)
        {
            var (dir, real) = pending.Pop();
            if (!walked.Add(real))
            {
                continue;
            }

            if (List(dir, options, out var files, out var subdirs) is { } error)
            {
                yield return new Result(null, new IngestRejection(dir, $"cannot read folder ({error})"));
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (KindOf(file) is { } kind)
                {
                    yield return new Result(new InputFile(Path.GetFullPath(file), file, kind), null);
                }
            }

            Array.Sort(subdirs, StringComparer.Ordinal);
            for (var i = subdirs.Length - 1; i >= 0; i--)
            {
                pending.Push((subdirs[i], RealPath(subdirs[i], Path.Combine(real, Path.GetFileName(subdirs[i])))));
            }
        }
    }

    private static string? List(string dir, EnumerationOptions options, out string[] files, out string[] subdirs)
    {
        try
        {
            files = Directory.GetFiles(dir, "*", options);
            subdirs = Directory.GetDirectories(dir, "*", options);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (files, subdirs) = ([], []);
            return e.Message;
        }
    }

    /// <summary>The folder a path names once symbolic links are followed (<paramref name="unlinked"/> when it is no link).</summary>
    private static string RealPath(string dir, string unlinked)
    {
        try
        {
            return new DirectoryInfo(dir) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? Path.GetFullPath(target.FullName)
                : unlinked;
        }
        catch (IOException)
        {
            // A link that cannot be resolved (a loop of links): listing it will fail and be reported.
            return unlinked;
        }
    }

    /// <summary>Either a file to read or a rejected path.</summary>
    public readonly record struct Result(InputFile? File, IngestRejection? Rejection);
}
