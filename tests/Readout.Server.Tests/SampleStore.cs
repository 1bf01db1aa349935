using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Server.Tests;

/// <summary>
/// The fictional sample corpus analysed once into a database file; every server gets its own copy,
/// so write tests never disturb read tests.
/// </summary>
public sealed class SampleStore : IDisposable
{
    public SampleStore()
    {
        Folder = Directory.CreateTempSubdirectory("readout-server-tests-").FullName;
        DatabasePath = Path.Combine(Folder, "samples.db");
        using var store = SqliteStore.Open(DatabasePath);
        var summary = new AnalyzeRun(ReadoutPipeline.CreateDefault(), store).Run([Path.Combine(RepositoryRoot, "samples")]);
        Assert.True(summary.DocumentsNew > 0, "the sample corpus produced no documents");
        Counts = store.Counts();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public StoreCounts Counts { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A private copy of the sample database for one server, inside this fixture's folder.</summary>
    public string Copy()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "copy-" + Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(folder, "readout.db");

        // VACUUM INTO gives a consistent copy even with the WAL beside the file.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", path);
            command.ExecuteNonQuery();
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still holding the file: the temp folder is cleaned by the OS later.
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

[CollectionDefinition(Name)]
public sealed class SampleStoreCollection : ICollectionFixture<SampleStore>
{
    public const string Name = "sample store";
}
