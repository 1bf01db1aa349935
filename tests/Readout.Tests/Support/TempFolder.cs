namespace Readout.Tests.Support;

/// <summary>A scratch folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "readout-tests", Guid.NewGuid().ToString("N"));

    public string File(string relative, string content)
    {
        var full = Combine(relative);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public string File(string relative, byte[] content)
    {
        var full = Combine(relative);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public string Combine(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open on another thread must not fail the test.
        }
    }
}
