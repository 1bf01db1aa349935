namespace Readout.Tests.Support;

/// <summary>Finds the repository root and the shared example data next to it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The real example pages in ../shared/seeds; null when this checkout has none (then seed tests skip).</summary>
    public static string? Seeds
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(Root, "..", "shared", "seeds"), "/work/shared/seeds" })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            return null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Readout.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Readout.slnx) not found above " + AppContext.BaseDirectory);
    }
}
