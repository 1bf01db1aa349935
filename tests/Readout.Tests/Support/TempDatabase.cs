using Microsoft.Data.Sqlite;
using Readout.Storage;

namespace Readout.Tests.Support;

/// <summary>
/// A store file in its own scratch folder: the WAL, shared-memory file and the Lucene index folder beside it
/// all go with the folder, so no test leaves files in the temp directory.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public TempDatabase() => Path = _folder.Combine("readout.db");

    public string Path { get; }

    public void Dispose()
    {
        LuceneDocumentIndex.Release(Path);
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
