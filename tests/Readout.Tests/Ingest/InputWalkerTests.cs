using Readout.Ingest;
using Readout.Tests.Support;

namespace Readout.Tests.Ingest;

public sealed class InputWalkerTests
{
    [Fact]
    public void Folders_are_walked_recursively_in_a_stable_order_keeping_supported_files_only()
    {
        using var folder = new TempFolder();
        folder.File("b/2.html", "x");
        folder.File("b/1.txt", "x");
        folder.File("a.jsonl", "x");
        folder.File("notes.md", "x");
        var files = InputWalker.Walk([folder.Path]).Select(r => Path.GetRelativePath(folder.Path, r.File!.FullPath)).ToList();
        Assert.Equal(["a.jsonl", Path.Combine("b", "1.txt"), Path.Combine("b", "2.html")], files);
    }

    [Fact]
    public void A_missing_path_and_an_unsupported_file_named_explicitly_are_rejected()
    {
        using var folder = new TempFolder();
        var pdf = folder.File("report.pdf", "x");
        var results = InputWalker.Walk([Path.Combine(folder.Path, "missing"), pdf]).ToList();
        Assert.All(results, r => Assert.Null(r.File));
        Assert.Contains("no such file", results[0].Rejection!.Reason);
        Assert.Contains("unsupported file type '.pdf'", results[1].Rejection!.Reason);
    }
}
